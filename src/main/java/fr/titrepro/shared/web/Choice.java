package fr.titrepro.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Issue 17: one option of a select or a radio group of the field tags ({@code fieldSelect}, {@code fieldRadios}). */
public record Choice(String value, String label) {

    /** The constants of an enum as options: the value is the constant's name, the label the French word. */
    public static <E extends Enum<E>> List<Choice> of(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Choice(e.name(), label.apply(e))).toList();
    }
}
