/** The entities of opora-teacher-support (schema OPORATEACH); they never leave the bundle. */
package org.opora.teachersupport.impl.internal.model;
