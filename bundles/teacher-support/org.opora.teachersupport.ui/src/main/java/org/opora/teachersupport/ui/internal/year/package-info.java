/** The year's summary of the methodological support. */
package org.opora.teachersupport.ui.internal.year;
