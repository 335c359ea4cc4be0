/**
 * The JPA entities of opora-programmes (unit {@code opora-programmes}, schema {@code OPORAPROG}). Private to the
 * bundle: services turn them into the API's records, and nothing outside this bundle sees an entity. Pupils and
 * staff are referred to by their core ids; their names are snapshotted when a programme or a plan is written, as the
 * printed form records them.
 */
package org.opora.programmes.impl.internal.model;
