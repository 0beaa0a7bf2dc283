package org.dynadeploy.lang.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dynadeploy.lang.testing.ExampleModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/** The formatter is idempotent and never loses a comment, in every language. */
class FormatterTest {

    static final List<String> FILES = ExampleModels.FILES;

    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    @ParameterizedTest
    @FieldSource("FILES")
    void formattingTheExamplesIsIdempotent(String file) {
        String once = Formatting.format(file, ExampleModels.text(file));
        assertEquals(once, Formatting.format(file, once));
        assertEquals(comments(ExampleModels.text(file)), comments(once));
    }

    /** Badly laid out files with comments everywhere: each on one line or oddly broken. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a.services | `// head\ngroup g \"G\"{/* in group */service s:t{description \"d\" stateful dependsOn u,v // deps\nids ports m=1 l=[1,2]   a={x=1}}}service u{}service v{connectsTo s}docs{fields type header type=\"T\" title \"g\"=\"G\"}`",
        "a.infra | `target t{system \"x\" cores 2 /* c */ container db{port=1} hostname=\"h\"}// tail\naugment r targets with container db{container db{pw=env(\"P\")}} augment every all targets{a=1}augment w targets where x=1{b=2}`",
        "a.qos | `/* policy */policy p{filter f=program \"/bin/f\" with \"a\",\"b\" let a=mapAttrOnAttr( initial ,serviceProperty:x,targetProperty:\"y\")// step\nlet b=f(a,n:-1) result divide(b,strategy:greedy,serviceProperty:m,targetProperty:m)}`",
        "a.idres | `pool ports 3000 .. 4000 scope global step 2 // ports\n/* ids */pool uids 1..2`",
        "a.ids | `ids ports{a=1 // one\nb=2}last ports=2 target t{/* t */last ports=2}`",
    })
    void messyFilesFormatStablyAndKeepTheirComments(String file, String text) {
        String once = Formatting.format(file, text);
        assertEquals(once, Formatting.format(file, once), "formatting a formatted file changes nothing");
        assertEquals(comments(text), comments(once), "every comment survives, in order");
        assertTrue(once.endsWith("\n"), "a formatted file ends with a newline");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a.services | `service web : webapp{dependsOn db // the database\n}service db{}` | `service web: webapp {\n    dependsOn db // the database\n}\n\nservice db {\n}\n`",
        "a.idres | `pool ports 3000..4000   step 2` | `pool ports 3000..4000 step 2\n`",
    })
    void layoutExamples(String file, String text, String expected) {
        assertEquals(expected, Formatting.format(file, text));
    }

    @Test
    void aLeadingBlockCommentKeepsItsLine() {
        String text = "/* head */\npolicy p {\n    result initial\n}\n";
        assertEquals(text, Formatting.format("a.qos", text));
        assertEquals(text, Formatting.format("a.qos", Formatting.format("a.qos", text)));
    }

    private static List<String> comments(String text) {
        Matcher matcher = COMMENT.matcher(text);
        List<String> result = new java.util.ArrayList<>();
        while (matcher.find()) {
            result.add(matcher.group().strip());
        }
        return result;
    }
}
