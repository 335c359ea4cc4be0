/** The curators' periodic reports, the days they fall due, and the director's control over the open cases. */
package org.opora.patronage.impl.internal.report;
