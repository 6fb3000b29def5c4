package org.newspipeline.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockSplitterTest {

    private static List<String> lines(String html) {
        return BlockSplitter.split(Jsoup.parse(html).body()).stream().map(TextBlock::text).toList();
    }

    @Test
    void cellsOfATableRowShareOneLine() {
        assertEquals(List.of("Before the table.", "Pos Player Plays", "DL Larry Ogunjobi 63", "After the table."),
                lines("""
                        <p>Before the table.</p>
                        <table><thead><tr><th>Pos</th><th>Player</th><th>Plays</th></tr></thead>
                        <tbody><tr><td>DL</td><td>Larry Ogunjobi</td><td>63</td></tr></tbody></table>
                        <p>After the table.</p>
                        """));
    }

    @Test
    void paragraphsInsideALayoutTableCellStaySeparateLines() {
        assertEquals(List.of("Menu", "First paragraph.", "Second paragraph."), lines("""
                <table><tr><td>Menu</td><td><p>First paragraph.</p><p>Second paragraph.</p></td></tr></table>
                """));
    }

    @Test
    void lineBreaksAndBlocksEndLinesAndLinkTextIsCounted() {
        List<TextBlock> blocks = BlockSplitter.split(Jsoup.parse(
                "<div>One <a href='/x'>link</a><br>Two</div><p>Three</p>").body());
        assertEquals(List.of("One link", "Two", "Three"), blocks.stream().map(TextBlock::text).toList());
        assertEquals(4, blocks.get(0).linkChars());
    }

    @Test
    void boldOrItalicTextIsCountedWithinItsBlockOnly() {
        List<TextBlock> blocks = BlockSplitter.split(Jsoup.parse(
                "<p><strong>Sign up now</strong></p><p>Plain and <em>some</em> words</p>"
                        + "<b><p>Bold around a block</p></b><p>Plain</p>").body());
        assertEquals(List.of("Sign up now", "Plain and some words", "Bold around a block", "Plain"),
                blocks.stream().map(TextBlock::text).toList());
        assertEquals(1.0, blocks.get(0).emphasis());
        assertEquals(4.0 / 20, blocks.get(1).emphasis(), 1e-9);
        assertEquals(0.0, blocks.get(2).emphasis(), "the bold type is outside the block");
        assertEquals(0.0, blocks.get(3).emphasis());
    }
}
