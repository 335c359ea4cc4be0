package org.opora.platform.ui.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorPageTest {

    @Test
    void aLongAddressIsQuotedShortened() {
        String segment = "a".repeat(5_000);
        String quoted = ErrorPage.quoted("pupils/" + segment);
        assertEquals(ErrorPage.QUOTED_MAX, quoted.length());
        assertTrue(quoted.startsWith("pupils/aaa") && quoted.endsWith("\u2026"), quoted);
    }

    @Test
    void aShortAddressIsQuotedWhole() {
        assertEquals("pupils/12", ErrorPage.quoted("pupils/12"));
        String exact = "b".repeat(ErrorPage.QUOTED_MAX);
        assertEquals(exact, ErrorPage.quoted(exact));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNotCutInHalf() {
        String emoji = "x".repeat(ErrorPage.QUOTED_MAX - 2) + "\uD83D\uDE00" + "tail";
        String quoted = ErrorPage.quoted(emoji);
        assertTrue(!Character.isHighSurrogate(quoted.charAt(quoted.length() - 2)), quoted);
        assertEquals("x".repeat(ErrorPage.QUOTED_MAX - 2) + "\u2026", quoted);
    }
}
