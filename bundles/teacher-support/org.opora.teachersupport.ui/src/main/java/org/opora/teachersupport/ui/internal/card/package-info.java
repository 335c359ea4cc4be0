/** The staff card's tab of the methodological support: the teacher's records the user may know of. */
package org.opora.teachersupport.ui.internal.card;
