package fr.titrepro.shared.web;

import fr.titrepro.shared.error.FieldError;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the field tags of {@code templates/tags/} (input, select, textarea, file, radio group, check box, group of
 * boxes, error summary) rendered with and without an error: the label names the field, the field is
 * {@code aria-invalid} only in error and {@code aria-describedby} names its hint and its error, whose ids exist; the
 * summary links to the field.
 */
@QuarkusTest
class FieldTagsTest {

    static final List<Choice> OPTIONS = List.of(new Choice("A", "Premier"), new Choice("B", "Second"));

    @Inject
    Engine engine;

    Document render(String tag, String error) {
        Template t = engine.parse(tag, Variant.forContentType(Variant.TEXT_HTML));
        return Jsoup.parse(t.data("error", error).data("options", OPTIONS).data("errors", errors(error)).render());
    }

    static FormErrors errors(String error) {
        return error == null ? FormErrors.none()
                : FormErrors.of(FormErrors.PAGE, "Refusé.", List.of(new FieldError("person.birthName", error)));
    }

    static final Map<String, String> TAGS = Map.of(
            "input", "{#fieldInput id='f-x' name='x' label='Nom' hint='Un indice' value='<b>' error=error /}",
            "select", "{#fieldSelect id='f-x' name='x' label='Nom' hint='Un indice' blank='—' options=options value='B' error=error /}",
            "select with options in its body", "{#fieldSelect id='f-x' name='x' label='Nom' hint='Un indice' error=error _isolated=false}"
                    + "{#for o in options}<option value=\"{o.value}\">{o.label}</option>{/for}{/fieldSelect}",
            "textarea", "{#fieldTextarea id='f-x' name='x' label='Nom' hint='Un indice' value='texte' error=error /}",
            "checkbox", "{#fieldCheckbox id='f-x' name='x' label='Nom' hint='Un indice' checked=true error=error /}",
            "file", "{#fieldFile id='f-x' name='x' label='Nom' hint='Un indice' accept='.csv' error=error /}");

    @Test
    void eachFieldIsLabelledAndDescribedByItsHintAndItsErrorOnlyWhenInError() {
        TAGS.forEach((kind, tag) -> {
            Document ok = render(tag, null);
            Element field = ok.getElementById("f-x");
            assertThat(field).as(kind).isNotNull();
            assertThat(ok.select("label[for=f-x]")).as(kind).hasSize(1);
            assertThat(field.hasAttr("aria-invalid")).as(kind).isFalse();
            assertThat(field.attr("aria-describedby")).as(kind).isEqualTo("f-x-hint");
            assertThat(ok.getElementById("f-x-hint")).as(kind).isNotNull();
            assertThat(ok.getElementById("f-x-error")).as(kind).isNull();

            Document refused = render(tag, "Champ obligatoire.");
            Element invalid = refused.getElementById("f-x");
            assertThat(invalid.attr("aria-invalid")).as(kind).isEqualTo("true");
            assertThat(invalid.attr("aria-describedby").split(" ")).as(kind).containsExactly("f-x-hint", "f-x-error");
            assertThat(refused.getElementById("f-x-error").text()).as(kind).isEqualTo("Champ obligatoire.");
            assertThat(refused.getElementById("f-x-error").hasClass("field-error")).as(kind).isTrue();
        });
    }

    @Test
    void valuesAreEscapedAndTheChosenOptionIsSelected() {
        assertThat(render(TAGS.get("input"), null).getElementById("f-x").attr("value")).isEqualTo("<b>");
        Document select = render(TAGS.get("select"), null);
        assertThat(select.select("#f-x option").eachAttr("value")).containsExactly("", "A", "B");
        assertThat(select.select("#f-x option[selected]").text()).isEqualTo("Second");
        assertThat(render(TAGS.get("checkbox"), null).getElementById("f-x").hasAttr("checked")).isTrue();
        assertThat(render("{#fieldInput id='f-y' name='y' label='Sans indice' /}", null).getElementById("f-y")
                .hasAttr("aria-describedby")).isFalse();
    }

    @Test
    void aFileInputWhoseScriptWritesTheErrorKeepsAnEmptyHiddenErrorItNames() {
        Document page = render("{#fieldFile id='f-x' name='x' label='Fichier' live=true required=true /}", null);
        Element input = page.getElementById("f-x");
        assertThat(input.attr("type")).isEqualTo("file");
        assertThat(input.hasAttr("required")).isTrue();
        assertThat(input.hasAttr("aria-invalid")).isFalse();
        assertThat(input.attr("aria-describedby")).isEqualTo("f-x-error");
        Element error = page.getElementById("f-x-error");
        assertThat(error.hasAttr("hidden")).isTrue();
        assertThat(error.text()).isEmpty();
    }

    @Test
    void aRadioGroupMarksEveryRadioAndAnchorsTheFirstOne() {
        String tag = "{#fieldRadios id='f-r' name='r' legend='Choix' options=options value='A' off='B' error=error /}";
        Document ok = render(tag, null);
        assertThat(ok.select("fieldset legend").text()).isEqualTo("Choix");
        assertThat(ok.select("input[type=radio]").eachAttr("id")).containsExactly("f-r", "f-r-B");
        assertThat(ok.getElementById("f-r").hasAttr("checked")).isTrue();
        assertThat(ok.getElementById("f-r-B").hasAttr("disabled")).isTrue();
        assertThat(ok.select("input[aria-invalid]")).isEmpty();

        Document refused = render(tag, "Choisissez.");
        assertThat(refused.select("input[type=radio]").eachAttr("aria-invalid")).containsExactly("true", "true");
        assertThat(refused.select("input[type=radio]").eachAttr("aria-describedby"))
                .containsExactly("f-r-error", "f-r-error");
        assertThat(refused.getElementById("f-r-error").text()).isEqualTo("Choisissez.");
    }

    @Test
    void aGroupOfBoxesShowsItsErrorOnceAndEveryBoxNamesIt() {
        // a tag with a body that reads the page's data is called _isolated=false
        String tag = "{#fieldGroup id='g' legend='CCP visés' error=error _isolated=false}"
                + "{#for o in options}{#fieldCheckbox id=o.value name='ccp' value=o.value group='g' error=error"
                + " cls='field-check' _isolated=false}{o.label}{/fieldCheckbox}{/for}"
                + "{/fieldGroup}";
        Document ok = render(tag, null);
        assertThat(ok.select("[role=group]").attr("aria-labelledby")).isEqualTo("g-legend");
        assertThat(ok.select("label[for=A]").text()).isEqualTo("Premier");
        assertThat(ok.select("input[aria-invalid]")).isEmpty();

        Document refused = render(tag, "Au moins un CCP.");
        assertThat(refused.select(".field-error")).hasSize(1);
        assertThat(refused.select("input[type=checkbox]").eachAttr("aria-describedby")).containsExactly("g-error",
                "g-error");
        assertThat(refused.select("input[type=checkbox]").eachAttr("aria-invalid")).containsExactly("true", "true");
    }

    @Test
    void theSummaryLinksEachMessageToItsField() {
        String tag = "{#errorSummary fields=errors.fields prefix='f-' /}"
                + "{#fieldInput id='f-birthName' name='person.birthName' label='Nom' error=errors.field('person.birthName') /}";
        assertThat(render(tag, null).select(".error-summary")).isEmpty();
        Document refused = render(tag, "Champ obligatoire.");
        Element link = refused.selectFirst(".error-summary a");
        assertThat(link.text()).isEqualTo("Champ obligatoire.");
        assertThat(link.attr("href")).isEqualTo("#f-birthName");
        assertThat(refused.getElementById("f-birthName").attr("aria-describedby")).isEqualTo("f-birthName-error");
    }
}
