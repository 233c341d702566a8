namespace PsFunctions.Sync.Students;

/// <summary>Why a delivered version of a submission is not applied.</summary>
internal enum VersionSkip
{
    /// <summary>The same content was applied or rejected already: a message or batch delivered again.</summary>
    SameContentDone = 1,

    /// <summary>A batch created later delivered other content of the submission: this delivery is out of date.</summary>
    LaterDeliveryExists = 2,
}
