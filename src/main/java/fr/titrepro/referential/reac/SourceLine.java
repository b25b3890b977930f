package fr.titrepro.referential.reac;

/** One line of the REAC text after clean-up, with its number in the document received (1-based). */
public record SourceLine(int number, String text) {

    public boolean isBlank() {
        return text.isBlank();
    }

    public SourceLine withText(String newText) {
        return new SourceLine(number, newText);
    }
}
