/**
 * Individual support programmes (regulation 002) as three services: {@code ProgrammeServiceImpl} (the list and the
 * reads with their access checks, drafting), {@code ProgrammeLifecycleImpl} (the lifecycle's transitions, revisions
 * and the consilium's review decisions) and {@code SupportPlanServiceImpl} (the plan of activities and the curator's
 * observations), each built from the parts it needs over one shared {@code ProgrammeContext}.
 */
package org.opora.programmes.impl.internal.programme;
