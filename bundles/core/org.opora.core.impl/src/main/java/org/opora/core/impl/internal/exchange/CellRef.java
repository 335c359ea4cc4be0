package org.opora.core.impl.internal.exchange;

/** Spreadsheet cell references ("C7") and column letters ("AA"). */
final class CellRef {

    /** Columns of an XLSX sheet: A to XFD. */
    static final int MAX_COLUMNS = 16_384;

    private CellRef() {
    }

    /**
     * The zero-based column of a reference such as "C7" or "$AA$10"; -1 when the text does not start with column
     * letters or names a column beyond XFD.
     */
    static int column(String ref) {
        if (ref == null) {
            return -1;
        }
        int column = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c == '$' && letters == 0) {
                continue;
            }
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                column = column * 26 + (Character.toUpperCase(c) - 'A' + 1);
                letters++;
                if (letters > 3) {
                    return -1;
                }
            } else {
                break;
            }
        }
        return letters == 0 || column > MAX_COLUMNS ? -1 : column - 1;
    }

    /** The letters of a zero-based column: 0 is "A", 26 is "AA". */
    static String letters(int column) {
        if (column < 0 || column >= MAX_COLUMNS) {
            throw new IllegalArgumentException("column out of range: " + column);
        }
        StringBuilder sb = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            sb.append((char) ('A' + (n - 1) % 26));
        }
        return sb.reverse().toString();
    }

    /** "C7" for zero-based column 2 and spreadsheet row 7. */
    static String of(int column, int row) {
        return letters(column) + row;
    }
}
