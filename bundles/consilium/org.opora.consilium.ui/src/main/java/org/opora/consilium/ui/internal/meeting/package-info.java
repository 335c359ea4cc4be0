/**
 * The consilium's meetings: the list ({@code consilium/meetings}) with the dialog that creates a meeting and fills
 * its agenda from the proposals, and the meeting page ({@code consilium/meeting/<id>}) with its details,
 * participants, agenda (parents, presentations and the outcome of each pupil, following the procedure of
 * regulation 002) and protocol (collegial conclusion, finalisation, amendments, PDF prints).
 */
package org.opora.consilium.ui.internal.meeting;
