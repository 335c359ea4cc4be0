/** The list of support records, its filters, and the decision to support a teacher. */
package org.opora.teachersupport.ui.internal.records;
