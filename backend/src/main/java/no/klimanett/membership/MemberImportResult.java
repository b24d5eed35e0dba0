package no.klimanett.membership;

/**
 * What a member import did. Organisations are matched by country and organisation number; rows without a number
 * create a new organisation. An organisation that is already a member in the row's period is left as it is.
 */
public record MemberImportResult(int rows, int organisationsCreated, int organisationsMatched, int membershipsAdded,
                                 int alreadyMembers) {}
