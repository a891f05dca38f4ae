import Foundation
import MinhBachCore

extension ContentLoader {
    /// The key of what parsed results depend on beyond their own bytes: the generator, the
    /// index, whether raw HTML is kept, and the folder's name (diagnostics name files by it).
    static func cacheSalt(_ root: String, display: DisplayPath, generator: String?, site: SiteConfig?) -> UInt64 {
        var salt = Hash64()
        if let generator {
            salt.add(generator)
            salt.add(FileSystem.read(root + "/index.yaml").map { String(contentHash($0), radix: 16) } ?? "-")
            salt.add(site?.unsafeHTML == true ? "raw-html" : "safe")
            salt.add(display.join(""))
        }
        return salt.value
    }

    /// The next parse cache, written in the background when it differs from `previous`: this
    /// build's results that loaded without a diagnostic, in path order (the order of the
    /// jobs). After a one-file edit all but one come from the cache as they were stored.
    static func writeCache(_ file: String, salt: UInt64, jobs: [Job], loaded: [Job.Loaded], previous parsed: ParseCache?,
                           cachedAt: [Int?]) -> DispatchGroup? {
        var entries: [ParseCache.Entry] = []
        entries.reserveCapacity(parsed?.entries.count ?? 0)
        var changed = false
        // By position, not by pairs: copying 17,000 jobs and results cost more than the loop.
        for i in jobs.indices where jobs[i].kind == .result {
            if loaded[i].fromCache, let at = cachedAt[i] {
                entries.append(parsed!.entries[at])
                continue
            }
            guard case .result(let record)? = loaded[i].value, loaded[i].diagnostics.isEmpty, !record.draft,
                  let hash = loaded[i].hash else { continue }
            entries.append(ParseCache.Entry(path: jobs[i].shown, hash: hash, record: record))
            changed = true
        }
        // The same count of entries, all taken from the cache, are the entries it holds.
        guard changed || entries.count != parsed?.entries.count else { return nil }
        // Written while the build goes on: the file is only read by the next build.
        let updated = ParseCache(salt: salt, entries: entries, previous: parsed ?? ParseCache(salt: 0))
        let group = DispatchGroup()
        DispatchQueue.global(qos: .utility).async(group: group) { updated.write(to: file) }
        return group
    }
}
