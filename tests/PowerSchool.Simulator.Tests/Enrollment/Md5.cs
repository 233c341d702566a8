using System.Security.Cryptography;

namespace PowerSchool.Simulator.Tests.Enrollment;

/// <summary>MD5 of test bytes, to check Content-MD5 headers (an integrity check, not security).</summary>
internal static class Md5
{
    public static byte[] Of(byte[] bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        hash.AppendData(bytes);
        return hash.GetHashAndReset();
    }
}
