/**
 * Meetings of the consilium, their agenda and protocol (regulation 002), and the consilium's composition as the
 * core's functional body.
 */
package org.opora.consilium.impl.internal.meeting;
