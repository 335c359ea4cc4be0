/** The support records: the gate every service passes for a record, who may do what with it, the record service. */
package org.opora.teachersupport.impl.internal.record;
