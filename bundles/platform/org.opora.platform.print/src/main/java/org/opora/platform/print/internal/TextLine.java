package org.opora.platform.print.internal;

/**
 * One wrapped line of text.
 *
 * @param text the line, words separated by single spaces
 * @param last whether it ends a line of the source text; such lines are never stretched when justifying
 */
record TextLine(String text, boolean last) {
}
