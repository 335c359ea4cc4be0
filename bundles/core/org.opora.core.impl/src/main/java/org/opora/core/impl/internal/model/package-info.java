/**
 * The core's JPA entities. Private to the bundle: services turn them into the API's records, and nothing outside
 * this bundle sees an entity.
 */
package org.opora.core.impl.internal.model;
