/**
 * The consilium's JPA entities. Private to the bundle: services turn them into the API's records, and nothing
 * outside this bundle sees an entity. Pupils and staff are referred to by their core ids; their names are
 * snapshotted when a referral is filed or a pupil is put on an agenda, as the protocol records them.
 */
package org.opora.consilium.impl.internal.model;
