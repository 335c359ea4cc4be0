/**
 * What the services of opora-programmes share: the persistence unit with its transactions and clock
 * ({@link org.opora.programmes.impl.internal.support.ProgrammesDatabase}), the caller and their permissions
 * ({@link org.opora.programmes.impl.internal.support.Guard}, {@link org.opora.programmes.impl.internal.support.Who}),
 * the people looked up in the core ({@link org.opora.programmes.impl.internal.support.People}), field checks and the
 * recorded steps.
 */
package org.opora.programmes.impl.internal.support;
