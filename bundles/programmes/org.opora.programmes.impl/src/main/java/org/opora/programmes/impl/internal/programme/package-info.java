/**
 * Individual support programmes (regulation 002): the list and the reads with their access checks, drafting and
 * revisions, the lifecycle's transitions, the plan of activities and the curator's observations.
 */
package org.opora.programmes.impl.internal.programme;
