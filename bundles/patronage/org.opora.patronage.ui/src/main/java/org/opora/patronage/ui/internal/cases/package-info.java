/**
 * The cases list ({@code patronage/cases}) with its filters, the pupils of a mandatory category without a case
 * (regulation 003 section 1.3), and the dialog that opens a case.
 */
package org.opora.patronage.ui.internal.cases;
