using PowerSchool.Client;
using PowerSchool.Client.Sis.Students;

namespace PsFunctions.Sync.ChangeFeed;

/// <summary>Students read by DCID (those that exist), and the plugin's refusal of the bulk query when GETs stood in for it.</summary>
internal sealed record ChangedStudents(IReadOnlyDictionary<long, SisStudent> Students, PowerSchoolPluginConfigurationException? Refused);
