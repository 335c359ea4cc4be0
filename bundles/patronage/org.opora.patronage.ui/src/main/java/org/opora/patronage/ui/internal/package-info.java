/** The views of the individual patronage of pupils at risk (regulation 003); nothing here is exported. */
package org.opora.patronage.ui.internal;
