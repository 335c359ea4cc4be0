/** The school's variant of regulation 003: the settings and the typed rules built from them. */
package org.opora.patronage.impl.internal.config;
