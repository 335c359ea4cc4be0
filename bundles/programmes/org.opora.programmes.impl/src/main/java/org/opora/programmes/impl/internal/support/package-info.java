/**
 * What the services of opora-programmes share: the persistence unit with its transactions and clock
 * ({@link org.opora.programmes.impl.internal.support.ProgrammesDatabase}), the caller and their permissions
 * ({@link org.opora.programmes.impl.internal.support.Guard}; the caller is the core's
 * {@link org.opora.core.support.Caller}), the people looked up in the core and the consilium's officers
 * ({@link org.opora.programmes.impl.internal.support.People}), field checks and the recorded steps.
 */
package org.opora.programmes.impl.internal.support;
