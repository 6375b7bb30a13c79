namespace ParGraph.Api.Import.Agencies;

/// <summary>
/// The reviewed vocabulary of responsibility cells (folded spellings, see <see cref="AgencyText"/>):
/// role verbs, other verbs that end a list of names, filler that names no body, and the words a body's
/// name starts with. Every entry was read in the seed documents 000–004.
/// </summary>
internal static class ResponsibilityPhrases
{
    /// <summary>
    /// Relative references that can never be a registry entry: "whichever bodies are concerned".
    /// Dropped silently. Phrases naming a kind of body ("hiệp hội", "doanh nghiệp nhà nước") are
    /// deliberately not here: they are reported as unresolved.
    /// </summary>
    public static readonly string[] Filler =
    [
        "cơ quan liên quan", "cơ quan có liên quan", "các cơ quan liên quan", "các cơ quan có liên quan",
        "cơ quan, đơn vị liên quan", "cơ quan, đơn vị có liên quan",
        "các cơ quan, đơn vị liên quan", "các cơ quan, đơn vị có liên quan",
        "đơn vị liên quan", "đơn vị có liên quan", "các đơn vị liên quan", "các đơn vị có liên quan",
        "các ngành, cơ quan liên quan", "các ngành, cơ quan có liên quan",
        "các cơ quan thành viên", "cấp có thẩm quyền", "các cơ quan có chức năng liên quan",
        "các cơ quan, tổ chức liên quan", "các cơ quan, tổ chức có liên quan",
    ];

    /// <summary>Verbs and phrases after which the names of a clause have ended. "chủ trì" and "phối hợp" are handled apart.</summary>
    public static readonly string[] Actions =
    [
        "tham mưu", "hướng dẫn", "thực hiện", "triển khai", "xây dựng", "rà soát", "thẩm định", "thẩm tra",
        "trình", "gửi", "tổng hợp", "chủ động", "tham gia", "tổ chức", "áp dụng", "chuẩn bị", "theo dõi",
        "đôn đốc", "đề xuất", "ban hành", "cân đối", "phê duyệt", "cập nhật", "báo cáo", "giám sát",
        "tuyên truyền", "hoàn thiện", "nghiên cứu", "đã", "đang", "sẽ", "trên cơ sở", "theo", "khi", "sau khi",
    ];

    /// <summary>Nouns that end in a verb of <see cref="Actions"/> ("chương trình" is a programme, not "trình").</summary>
    public static readonly string[] Compounds = ["chương trình", "tờ trình", "quy trình", "lộ trình", "tiến trình"];

    /// <summary>Openers of a subordinate clause ("Trên cơ sở …, Sở Tài chính cân đối"): skipped up to ", &lt;name&gt;".</summary>
    public static readonly string[] Subordinators = ["trên cơ sở", "sau khi", "khi", "căn cứ", "theo"];

    /// <summary>Words a name-like fragment starts with, in a cell of prose (000, 004); anything else there is prose.</summary>
    public static readonly string[] BodyHeads =
    [
        "các", "cơ quan", "đơn vị", "sở", "ban", "ủy ban", "văn phòng", "trung tâm", "cục", "chi cục", "tổng cục",
        "công an", "bảo hiểm", "kho bạc", "phòng", "đài", "bộ", "hội", "hiệp hội", "doanh nghiệp", "công ty",
        "bệnh viện", "trạm", "trường", "viện", "chủ tịch", "thủ trưởng", "lãnh đạo", "người đứng đầu",
        "chi nhánh", "thanh tra", "trưởng thôn", "tổ dân phố", "cấp",
    ];

    /// <summary>Qualifiers that follow a name without changing the body it names.</summary>
    public static readonly string[] Qualifiers =
    [
        "có liên quan", "liên quan", "tỉnh Khánh Hòa", "tỉnh", "Khánh Hòa", "thuộc tỉnh", "trên địa bàn tỉnh",
    ];

    public static readonly PhraseTrie FillerTrie = Build(Filler);
    public static readonly PhraseTrie ActionTrie = Build(Actions);
    public static readonly PhraseTrie CompoundTrie = Build(Compounds);
    public static readonly PhraseTrie SubordinatorTrie = Build(Subordinators);
    public static readonly PhraseTrie HeadTrie = Build(BodyHeads);
    public static readonly PhraseTrie QualifierTrie = Build(Qualifiers);

    public static bool IsLead(IReadOnlyList<AgencyToken> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i].IsWord("chu") && tokens[i + 1].IsWord("tri");

    public static bool IsCoordinate(IReadOnlyList<AgencyToken> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i].IsWord("phoi") && tokens[i + 1].IsWord("hop");

    /// <summary>Whether a verb of <see cref="Actions"/> starts at <paramref name="i"/> (and is not the end of a compound noun).</summary>
    public static bool IsAction(IReadOnlyList<AgencyToken> tokens, int i) =>
        ActionTrie.Match(tokens, i, skipPunctuation: false) is not null
        && !(i > 0 && CompoundTrie.Match(tokens, i - 1, skipPunctuation: false) is { End: var end } && end > i);

    /// <summary>The token after any qualifiers at <paramref name="i"/>.</summary>
    public static int SkipQualifiers(IReadOnlyList<AgencyToken> tokens, int i)
    {
        while (QualifierTrie.Match(tokens, i, skipPunctuation: false) is { } qualifier)
        {
            i = qualifier.End;
        }

        return i;
    }

    /// <summary>Whether a fragment at <paramref name="i"/> looks like a body's name: a head word, or a count of bodies ("10 cơ quan").</summary>
    public static bool StartsLikeABody(IReadOnlyList<AgencyToken> tokens, int i) =>
        HeadTrie.Match(tokens, i, skipPunctuation: false) is not null
        || (tokens[i].Text.All(char.IsDigit) && i + 1 < tokens.Count && HeadTrie.Match(tokens, i + 1, skipPunctuation: false) is not null);

    private static PhraseTrie Build(IEnumerable<string> phrases)
    {
        var trie = new PhraseTrie();
        foreach (var phrase in phrases)
        {
            trie.Add(phrase, phrase);
        }

        return trie;
    }
}
