/**
 * Individual plans of regulation 001: the parents informed of the right, the plan drafted with their choices
 * within the maximum weekly load, discussed again, consented to, agreed by the coordinator and approved by the
 * director within the deadline set by order; changes after approval fixed by an order.
 */
package org.opora.programmes.impl.internal.plan;
