package org.opora.platform.print.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextWrapperTest {

    private static final float WIDTH = 120f;

    private PDDocument document;
    private TextStyle style;

    @BeforeEach
    void loadFont() throws IOException {
        document = new PDDocument();
        style = Fonts.load(document).style(false, 10f);
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void aVeryLongWordIsCutAtTheWidth() {
        String word = "Сверхдлинноесловобезпробелов".repeat(8);
        List<TextLine> lines = TextWrapper.wrap("Начало " + word + " конец", style, WIDTH);

        assertEquals("Начало", lines.get(0).text(), "the long word starts a line of its own");
        assertTrue(lines.size() > 3, "cut into several lines: " + lines);
        lines.forEach(line -> assertTrue(style.width(line.text()) <= WIDTH, () -> "too wide: " + line));
        String joined = lines.subList(1, lines.size()).stream().map(TextLine::text).collect(Collectors.joining());
        assertEquals(word + "конец", joined.replace(" ", "").replace("-", ""), "no character lost");
    }

    @Test
    void wordsWrapAtSpacesWithinTheWidth() {
        String text = "Создание условий для успешной адаптации обучающегося к школе и развития его навыков";
        List<TextLine> lines = TextWrapper.wrap(text, style, WIDTH);

        assertTrue(lines.size() > 1);
        lines.forEach(line -> assertTrue(style.width(line.text()) <= WIDTH, () -> "too wide: " + line));
        assertEquals(text, lines.stream().map(TextLine::text).collect(Collectors.joining(" ")));
        assertTrue(lines.get(lines.size() - 1).last());
        assertTrue(lines.subList(0, lines.size() - 1).stream().noneMatch(TextLine::last));
    }

    @Test
    void aWordThatFitsTheWidthIsNeverBrokenButMovesWholeToTheNextLine() {
        float width = style.width("Консультирование") + 0.5f;
        List<TextLine> lines = TextWrapper.wrap("Консультирование по снижению конфликтности", style, width);

        assertEquals(List.of("Консультирование", "по снижению", "конфликтности"),
                lines.stream().map(TextLine::text).toList());
    }

    @Test
    void aCutWordGetsAHyphenAndNoLineStartsWithASoftSign() {
        float width = style.width("индивидуал-") + 0.1f;
        List<TextLine> lines = TextWrapper.wrap("индивидуальная", style, width);

        assertEquals(List.of(new TextLine("индивидуа-", false), new TextLine("льная", true)), lines);
    }

    @Test
    void aCompoundWordBreaksAfterItsHyphen() {
        List<TextLine> lines = TextWrapper.wrap("Учитель-логопед", style, style.width("Учитель-логоп"));

        assertEquals(List.of(new TextLine("Учитель-", false), new TextLine("логопед", true)), lines);
        assertEquals(List.of("сентябрь–", "май"), TextWrapper.parts("сентябрь–май"));
        assertEquals(List.of("-5"), TextWrapper.parts("-5"));
    }

    @Test
    void lineBreaksAreKeptAndEmptyTextHasOneLine() {
        List<TextLine> lines = TextWrapper.wrap("первая\n\nтретья", style, WIDTH);

        assertEquals(List.of(new TextLine("первая", true), new TextLine("", true), new TextLine("третья", true)),
                lines);
        assertEquals(List.of(new TextLine("", true)), TextWrapper.wrap("", style, WIDTH));
    }
}
