/** Helpers shared by the library's packages. Public only for technical reasons; not API. */
package nl.schuldhulp.workflow.internal;
