package vn.ct15.workflow.directory;

import java.util.List;

/**
 * The organisation that carries out the plan, as read from the directory file.
 *
 * @param name full Vietnamese name of the issuing authority
 * @param issuer the issuer line of its documents, upper case (e.g. "UBND QUẬN KIẾN AN")
 * @param place the place written before the date of its documents
 * @param superior the authority its consolidated reports go to
 */
public record Organisation(String name, String issuer, String place, String superior) {}
