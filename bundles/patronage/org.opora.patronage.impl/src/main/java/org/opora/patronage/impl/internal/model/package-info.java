/** The patronage's entities (schema OPORAPATRON); they never leave the bundle, the API speaks records. */
package org.opora.patronage.impl.internal.model;
