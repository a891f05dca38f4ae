import MinhBachCore
import MinhBachContent
import MinhBachArchive

/// The notice's body, in the seed notice's order: the basis, the total and the rank, each
/// group's points, what lost the most, the overdue dossiers, the requirements (the commitments
/// still open), the closing line. A figure the result does not give is said to be missing.
struct NoticeBody {
    /// The most items "what lost the most" lists, as the reports do; the rest are counted.
    static let lostShown = 5

    let words: NoticeWords
    let result: ResultRecord
    let index: IndexDefinition
    var blocks: [NoticeText.Block] = []
    private var vi: Bool { words.vi }

    init(words: NoticeWords, result: ResultRecord, index: IndexDefinition) {
        self.words = words; self.result = result; self.index = index
    }

    mutating func opening(standing: Standing?, siblingKinds: [String], provisional: Bool) {
        if let basis = index.basis { blocks.append(.paragraph(vi ? "Căn cứ \(basis);" : "Pursuant to \(basis);")) }
        var read = vi ? "Căn cứ kết quả trên Cổng Dịch vụ công quốc gia" : "Based on the results on the National Public Service Portal"
        if let source = result.source { read += " (\(source))" }
        if let asOf = result.asOf {
            read += vi ? " (số liệu cập nhật đến \(asOf.hour) giờ \(pad2(asOf.minute)) ngày \(words.day(asOf.day)))"
                       : " (figures as of \(pad2(asOf.hour)):\(pad2(asOf.minute)) on \(words.day(asOf.day)))"
        }
        let total = "\(words.number(result.score))/\(words.number(index.total))"
        let sentence = vi ? "\(read), \(words.committee) đạt \(total) điểm, \(rank(standing, siblingKinds))."
                          : "\(read), \(words.committee) scored \(total) points, \(rank(standing, siblingKinds))."
        blocks.append(.paragraph(sentence))
        if provisional {
            blocks.append(.paragraph(vi ? "Số liệu tạm tính, có thể thay đổi khi tháng khóa sổ."
                                        : "The figures are provisional and may change when the month closes."))
        }
        if result.sample {
            blocks.append(.paragraph(vi ? "Số liệu minh họa, không phải số liệu chính thức." : "Illustrative figures, not official ones."))
        }
    }

    /// "xếp hạng 7/8 xã, phường của thị xã Hòa Thành"; a missing rank is said to be missing.
    private func rank(_ standing: Standing?, _ kinds: [String]) -> String {
        guard let parent = words.parent else { return vi ? "không xếp hạng (không có đơn vị cùng cấp)" : "not ranked (no units at its level)" }
        let among = vi ? "\(NoticeBody.kindList(kinds)) của \(words.lowerFirst(parent.name))" : "units of \(parent.name)"
        guard let shown = standing?.shownRank else {
            return vi ? "chưa có thứ hạng trong các \(among) (chưa đủ số liệu)" : "with no rank yet among the \(among) (figures incomplete)"
        }
        return vi ? "xếp hạng \(shown.rank)/\(shown.of) \(among)" : "ranked \(shown.rank) of \(shown.of) \(among)"
    }

    /// "xã, phường": the kinds in the order the notices name them, then any other.
    static func kindList(_ kinds: [String]) -> String {
        let usual = ["xã", "phường", "thị trấn", "đặc khu"]
        let distinct = Array(Set(kinds.map { $0.lowercased() }))
        let ordered = usual.filter(distinct.contains) + distinct.filter { !usual.contains($0) }.sorted()
        return ordered.isEmpty ? "đơn vị" : ordered.joined(separator: ", ")
    }

    mutating func groups() {
        blocks.append(.heading(vi ? "Điểm từng nhóm tiêu chí:" : "Points by group:"))
        blocks.append(.items(index.groups.map { g in
            guard let points = result.groups[g.key] else {
                return vi ? "\(g.name): chưa được công bố (tối đa \(words.number(g.max)) điểm);"
                          : "\(g.name): not published (at most \(words.number(g.max)) points);"
            }
            let computed = result.computedGroups.contains(g.key) ? (vi ? " (tính từ các tiêu chí)" : " (added up from its criteria)") : ""
            return "\(g.name): \(words.number(points))/\(words.number(g.max)) " + (vi ? "điểm" : "points") + computed + ";"
        }))
    }

    /// The report's "Điểm có thể cải thiện", in the same words.
    mutating func lostPoints() {
        let items = RecoverablePoints(result, index: index).items
        guard !items.isEmpty else { return }
        blocks.append(.heading(vi ? "Một số nhóm, tiêu chí mất nhiều điểm nhất:" : "What lost the most points:"))
        var lines = items.prefix(Self.lostShown).map { lostLine($0) + ";" }
        if items.count > Self.lostShown {
            let more = items.count - Self.lostShown
            lines.append(vi ? "còn \(more) tiêu chí khác bị trừ điểm." : "\(more) more criteria lost points.")
        }
        blocks.append(.items(lines))
    }

    /// "Số hóa hồ sơ: thiếu 3,1/22 điểm; cần thêm 3 (từ 45 lên 48 trên 60) để đạt 80 %".
    private func lostLine(_ item: RecoverablePoints.Item) -> String {
        let name = item.group.map { "\(item.name) (\($0))" } ?? item.name
        var text = vi ? "\(name): thiếu \(words.number(item.lost))/\(words.number(item.max)) điểm"
                      : "\(name): \(words.number(item.lost)) of \(words.number(item.max)) points lost"
        switch item.need {
        case .more(let count, let reaching, let of, let target)?:
            text += vi ? "; cần thêm \(count) (từ \(reaching - count) lên \(reaching) trên \(of)) để đạt \(words.number(target)) %"
                       : "; \(count) more (from \(reaching - count) to \(reaching) of \(of)) would reach \(words.number(target)) %"
        case .reached(let target)?:
            text += vi ? "; tỷ lệ đã đạt \(words.number(target)) %" : "; the ratio has reached \(words.number(target)) %"
        case nil:
            if let c = item.counts {
                let percent = words.number(RecoverablePoints.percent(c.numerator, of: c.denominator))
                text += vi ? "; đạt \(c.numerator)/\(c.denominator) (\(percent) %)" : "; \(c.numerator) of \(c.denominator) (\(percent) %)"
            }
        }
        return text
    }

    mutating func overdue() {
        guard !result.overdue.isEmpty else {
            blocks.append(.paragraph(vi ? "Kết quả tháng không ghi hồ sơ quá hạn nào." : "The month's result lists no overdue dossier."))
            return
        }
        let count = result.overdue.count
        blocks.append(.heading(vi ? "Hồ sơ quá hạn (\(count < 10 ? "0" : "")\(count) hồ sơ):" : "Overdue dossiers (\(count)):"))
        blocks.append(.items(result.overdue.map { d in
            // The code with both hyphens, as the site shows it (the loader writes it so).
            var parts = [vi ? "mã biên nhận \(d.code)" : "receipt code \(d.code)"]
            if let received = d.received { parts.append(vi ? "tiếp nhận ngày \(words.day(received))" : "received on \(words.day(received))") }
            parts.append(d.handler.map { vi ? "người xử lý: \($0)" : "handled by \($0)" } ?? (vi ? "chưa ghi người xử lý" : "no handler recorded"))
            if let resolved = d.resolved { parts.append(vi ? "đã giải quyết ngày \(words.day(resolved))" : "settled on \(words.day(resolved))") }
            let note = d.note.map { " (" + ($0.hasSuffix(".") ? String($0.dropLast()) : $0) + ")" } ?? ""
            return parts.joined(separator: ", ") + note + ";"
        }))
    }

    /// The commitments still open, with their owners and due dates; the ones already settled
    /// are named too, so that none is dropped without a word.
    mutating func requirements() {
        let open = result.commitments.filter(\.status.isOpen), settled = result.commitments.filter { !$0.status.isOpen }
        blocks.append(.paragraph(vi ? "Qua kết quả nêu trên, \(words.committee) yêu cầu công chức chuyên môn khắc phục một số nội dung sau:"
                                    : "In view of these results, \(words.committee) requires its specialist officials to address the following:"))
        if open.isEmpty {
            blocks.append(.numbered([vi ? "(Chưa có cam kết khắc phục trong tệp kết quả: văn phòng ghi các yêu cầu tại đây.)"
                                        : "(The result file lists no open commitment: the office writes the requirements here.)"]))
        } else {
            // Each ends as a list in a notice does: ";" and "." after the last.
            blocks.append(.numbered(open.enumerated().map { requirement($0.element) + ($0.offset == open.count - 1 ? "." : ";") }))
        }
        if !settled.isEmpty {
            blocks.append(.heading(vi ? "Các nội dung đã thực hiện xong hoặc không đạt:" : "Settled or missed:"))
            blocks.append(.items(settled.map { "\($0.text) (\(vi ? $0.status.word : ($0.status == .done ? "done" : "missed")))" }))
        }
    }

    private func requirement(_ c: Commitment) -> String {
        var extra: [String] = []
        if let owner = c.owner { extra.append(vi ? "người thực hiện: \(owner)" : "owner: \(owner)") }
        if let due = c.due { extra.append(vi ? "hạn: \(words.day(due))" : "due: \(words.day(due))") }
        var text = c.text
        while let last = text.last, last == "." || last == ";" { text.removeLast() }
        return extra.isEmpty ? text : "\(text) (\(extra.joined(separator: "; ")))"
    }

    mutating func closing() {
        let place = words.vi ? words.lowerFirst(words.unit.name) : words.unit.name
        blocks.append(.paragraph(vi ? "Trên đây là kết quả \(index.name) tháng \(words.monthName) trên địa bàn \(place). Yêu cầu công chức chuyên môn thực hiện nghiêm nội dung Thông báo này./."
                                    : "These are the results of the \(index.name) for \(words.monthName) in \(place). The specialist officials are required to act on this notice."))
    }
}
