/**
 * Individual plans of regulation 001: the tab of the programmes list that shows a pupil's plans, and the plan's page
 * ({@code programmes/plan/<id>}) with the parents informed, their choices and the weekly hours, the coordinator's
 * agreement and the director's approval by the deadline set by order.
 */
package org.opora.programmes.ui.internal.plan;
