/** The director's control over the open cases (regulation 003 section 3.1). */
package org.opora.patronage.ui.internal.control;
