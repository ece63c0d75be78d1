using System.Security.Cryptography;
using System.Text;

namespace PilotSpec.Store;

/// <summary>
/// Which spec a store's data belongs to: the pilot's name, and a hash of the spec's pilot model
/// (the text a generated monitor embeds), so that a store can tell a revised spec from another pilot.
/// </summary>
public sealed record StoreIdentity(string Pilot, string SpecHash)
{
    /// <summary>The identity of a spec from its pilot model text.</summary>
    public static StoreIdentity Of(string pilot, string pilotModel) =>
        new(pilot, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pilotModel))));

    /// <summary>The first twelve digits of the hash: enough for a person to tell two versions apart.</summary>
    public string ShortHash => SpecHash.Length > 12 ? SpecHash[..12] : SpecHash;
}
