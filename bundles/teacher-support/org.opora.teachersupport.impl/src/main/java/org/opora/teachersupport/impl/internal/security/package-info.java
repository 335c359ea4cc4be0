/** The permissions of opora-teacher-support and their default roles. */
package org.opora.teachersupport.impl.internal.security;
