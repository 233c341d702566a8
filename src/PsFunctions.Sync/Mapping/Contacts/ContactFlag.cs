namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>
/// The yes/no details of a contact's link to one student (PowerSchool's <c>studentDetails</c>: custodial, emergency,
/// lives with, school pickup, receives mail). Mapping files name them in camelCase.
/// </summary>
public enum ContactFlag
{
    Custody,
    Emergency,
    LivesWith,
    SchoolPickup,
    ReceivesMail,
}
