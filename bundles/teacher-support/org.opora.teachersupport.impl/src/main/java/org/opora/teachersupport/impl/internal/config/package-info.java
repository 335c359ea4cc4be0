/** The school's variant of regulation 004: the settings, the configured lists and the typed rules built from them. */
package org.opora.teachersupport.impl.internal.config;
