package kz.jobalyq.hiring;

import java.util.Date;

/** The window has closed: how many applied, how many the table finds eligible, and when the review is due. */
public record PreCheck(int applications, int eligibleByTable, Date reviewDue) {
}
