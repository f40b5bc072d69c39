<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Catalog</name>
    <message>
        <source>is missing</source>
        <translation>指定されていません</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>文字列でなければなりません</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>配列でなければなりません</translation>
    </message>
    <message>
        <source>%1: entry %2, field &quot;%3&quot;: %4</source>
        <extracomment>A problem in catalog data: %1 file, %2 entry (code), %3 field name, %4 what is wrong</extracomment>
        <translation>%1: エントリ %2、フィールド &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>%1: entry %2: %3</source>
        <translation>%1: エントリ %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>the top level must be an object with &quot;family&quot; and &quot;entries&quot;</source>
        <translation>トップレベルは &quot;family&quot; と &quot;entries&quot; を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>must be one of &quot;sip&quot;, &quot;q850&quot;, &quot;warning&quot;</source>
        <translation>&quot;sip&quot;、&quot;q850&quot;、&quot;warning&quot; のいずれかでなければなりません</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>Names an entry by its position when it has no usable code</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>must be a whole number in the range of its family</source>
        <translation>その種別の範囲内の整数でなければなりません</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>不明なステータス &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs at least one reference</source>
        <translation>参照が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>each reference needs an &quot;rfc&quot; number or a &quot;doc&quot; name</source>
        <translation>各参照には &quot;rfc&quot; 番号または &quot;doc&quot; 名が必要です</translation>
    </message>
    <message>
        <source>RFC %1 has a malformed section &quot;%2&quot;</source>
        <translation>RFC %1 のセクション &quot;%2&quot; の形式が正しくありません</translation>
    </message>
    <message>
        <source>every step must be non-empty text</source>
        <translation>すべての手順は空でないテキストでなければなりません</translation>
    </message>
    <message>
        <source>needs at least one step</source>
        <translation>手順が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>unknown sender &quot;%1&quot;</source>
        <translation>不明な送信元 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every header needs a &quot;name&quot; and a &quot;note&quot;</source>
        <translation>すべてのヘッダに &quot;name&quot; と &quot;note&quot; が必要です</translation>
    </message>
    <message>
        <source>unknown retry policy &quot;%1&quot;</source>
        <translation>不明な再試行ポリシー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every related code needs a valid &quot;code&quot; and a &quot;note&quot;</source>
        <translation>すべての関連コードに有効な &quot;code&quot; と &quot;note&quot; が必要です</translation>
    </message>
    <message>
        <source>appears more than once; the first one is kept</source>
        <translation>複数回出現しています。最初のものを使用します</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>needs a SIP &quot;code&quot; and a Q.850 &quot;cause&quot;</source>
        <translation>SIP の &quot;code&quot; と Q.850 の &quot;cause&quot; が必要です</translation>
    </message>
    <message>
        <source>refers to %1, which is not in the catalog</source>
        <translation>カタログにない %1 を参照しています</translation>
    </message>
    <message>
        <source>maps a code that is not in the catalog</source>
        <translation>カタログにないコードをマッピングしています</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: フィールド &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>needs two SIP codes with &quot;a&quot; below &quot;b&quot;</source>
        <translation>&quot;a&quot; が &quot;b&quot; より小さい 2 つの SIP コードが必要です</translation>
    </message>
    <message>
        <source>compares a code that is not in the catalog</source>
        <translation>カタログにないコードを比較しています</translation>
    </message>
    <message>
        <source>not in the resources</source>
        <translation>プログラムのリソースにありません</translation>
    </message>
    <message>
        <source>is damaged at byte %1</source>
        <extracomment>The program&apos;s compiled-in catalog data could not be read; %1 is a byte offset</extracomment>
        <translation>%1 バイト目が破損しています</translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A list row: the registered reason phrase, then its translation
----------
A code&apos;s title and its status: &quot;202 Accepted (Deprecated)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Tooltip of a list row: %1 class, %2 one-line summary</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>What a screen reader says for a row: &quot;486 Busy Here, client error&quot;</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>理由フレーズ</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>%1, %2, pinned</source>
        <extracomment>What a screen reader says for a pinned row: &quot;486 Busy Here, client error, pinned&quot;</extracomment>
        <translation>%1、%2、ピン留め済み</translation>
    </message>
    <message>
        <source>%1, %2, team note</source>
        <extracomment>What a screen reader says for a row with a team note: &quot;486 Busy Here, client error, team note&quot;</extracomment>
        <translation>%1、%2、チームメモあり</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>Tooltip of a deprecated or removed code&apos;s row: %1 class, %2 status (&quot;Deprecated&quot;), %3 one-line summary</extracomment>
        <translation>%1（%2）: %3</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SIP Codes: what a SIP response code, a Q.850 cause or a SIP Warning means, and what to do about it.</source>
        <translation>SIP Codes: SIP 応答コード、Q.850 cause、SIP Warning の意味と対処方法を調べます。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Print the entries for CODES instead of opening the window.</source>
        <translation>ウィンドウを開かずに、CODES のエントリを出力します。</translation>
    </message>
    <message>
        <source>Print the whole catalog.</source>
        <translation>カタログ全体を出力します。</translation>
    </message>
    <message>
        <source>Print the entries that match QUERY, best first.</source>
        <translation>QUERY に一致するエントリを、一致度の高い順に出力します。</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>Compare two codes side by side (with --print: print the comparison).</source>
        <translation>2 つのコードを並べて比較します（--print と併用すると比較結果を出力します）。</translation>
    </message>
    <message>
        <source>Output format: text, markdown, json or csv (csv only with --list).</source>
        <translation>出力形式: text、markdown、json、csv のいずれか（csv は --list の場合のみ）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Language of the window and of printed output: en, fr, de, es or ja.</source>
        <translation>ウィンドウと出力の言語: en、fr、de、es、ja のいずれか。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>Codes to show: 486, q850:17 or warning:399.</source>
        <translation>表示するコード: 486、q850:17、warning:399 の形式。</translation>
    </message>
    <message>
        <source>[CODES...]</source>
        <translation>[CODES...]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose one of: %2.</source>
        <translation>不明な言語 &quot;%1&quot; です。次のいずれかを選択してください: %2。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; choose text, markdown, json or csv.</source>
        <translation>不明な形式 &quot;%1&quot; です。text、markdown、json、csv のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code; write it as 486, q850:17 or warning:399.</source>
        <translation>&quot;%1&quot; はコードではありません。486、q850:17、warning:399 の形式で指定してください。</translation>
    </message>
    <message>
        <source>--compare needs exactly two codes, for example: --compare 486 600.</source>
        <translation>--compare にはコードをちょうど 2 つ指定してください（例: --compare 486 600）。</translation>
    </message>
    <message>
        <source>--list takes no codes.</source>
        <translation>--list にはコードを指定できません。</translation>
    </message>
    <message>
        <source>--search needs a query.</source>
        <translation>--search には検索語を指定してください。</translation>
    </message>
    <message>
        <source>--search prints text or json.</source>
        <translation>--search の出力形式は text または json です。</translation>
    </message>
    <message>
        <source>--print needs at least one code, for example: --print 486.</source>
        <translation>--print にはコードを 1 つ以上指定してください（例: --print 486）。</translation>
    </message>
    <message>
        <source>--print prints text, markdown or json.</source>
        <translation>--print の出力形式は text、markdown、json のいずれかです。</translation>
    </message>
    <message>
        <source>The window shows one code; use --print for several.</source>
        <translation>ウィンドウに表示できるコードは 1 つです。複数のコードを表示するには --print を使用してください。</translation>
    </message>
    <message>
        <source>--list prints text, csv or json.</source>
        <translation>--list の出力形式は text、csv、json のいずれかです。</translation>
    </message>
    <message>
        <source>sipcodes: %1</source>
        <translation>sipcodes: %1</translation>
    </message>
    <message>
        <source>Run &quot;sipcodes --help&quot; for the options.</source>
        <translation>オプションについては &quot;sipcodes --help&quot; を実行してください。</translation>
    </message>
    <message>
        <source>sipcodes: catalog problem: %1</source>
        <translation>sipcodes: カタログの問題: %1</translation>
    </message>
    <message>
        <source>sipcodes: nothing matches &quot;%1&quot;.</source>
        <translation>sipcodes: &quot;%1&quot; に一致するものはありません。</translation>
    </message>
    <message>
        <source>sipcodes: %1 is not in the catalog.</source>
        <translation>sipcodes: %1 はカタログにありません。</translation>
    </message>
    <message>
        <source>Decode the status lines and the Reason, Warning and Retry-After headers in FILE, a SIP trace or log (- reads standard input).</source>
        <translation>SIP トレースまたはログである FILE 内のステータス行と、Reason、Warning、Retry-After ヘッダをデコードします（- を指定すると標準入力から読み込みます）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use only one of --print, --list, --search and --decode.</source>
        <translation>--print、--list、--search、--decode のいずれか 1 つだけを使用してください。</translation>
    </message>
    <message>
        <source>--format goes with --print, --list, --search or --decode.</source>
        <translation>--format は --print、--list、--search、--decode のいずれかと併用します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code; to decode a file, use --decode %1.</source>
        <translation>&quot;%1&quot; はコードではありません。ファイルをデコードするには --decode %1 を使用してください。</translation>
    </message>
    <message>
        <source>--decode needs a file name, or - for standard input.</source>
        <translation>--decode にはファイル名を指定してください（標準入力の場合は -）。</translation>
    </message>
    <message>
        <source>--decode takes no codes.</source>
        <translation>--decode にはコードを指定できません。</translation>
    </message>
    <message>
        <source>--decode prints text, markdown or json.</source>
        <translation>--decode の出力形式は text、markdown、json のいずれかです。</translation>
    </message>
    <message>
        <source>Open either a trace file or codes, not both.</source>
        <translation>トレースファイルとコードのどちらか一方だけを開いてください。</translation>
    </message>
    <message>
        <source>sipcodes: cannot read &quot;%1&quot;: %2</source>
        <translation>sipcodes: &quot;%1&quot; を読み込めません: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダです</translation>
    </message>
    <message>
        <source>sipcodes: no status line and no Reason, Warning or Retry-After header found.</source>
        <translation>sipcodes: ステータス行も、Reason、Warning、Retry-After ヘッダも見つかりませんでした。</translation>
    </message>
    <message>
        <source>Also load the team notes and entries of the overlay FILE (may be given more than once).</source>
        <translation>オーバーレイファイル FILE のチームメモとエントリも読み込みます（複数回指定できます）。</translation>
    </message>
    <message>
        <source>--catalog %1: no such file.</source>
        <translation>--catalog %1: ファイルが存在しません。</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Key differences</source>
        <translation>主な違い</translation>
    </message>
    <message>
        <source>Common ground</source>
        <extracomment>Heading: what the two compared codes have in common</extracomment>
        <translation>共通点</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>使い分け</translation>
    </message>
    <message>
        <source>a Q.850 cause of the class &quot;%1&quot;</source>
        <extracomment>Used inside &quot;%1 is %2&quot;: %1 is the cause class in words</extracomment>
        <translation>「%1」クラスの Q.850 cause</translation>
    </message>
    <message>
        <source>a SIP Warning code</source>
        <translation>SIP Warning コード</translation>
    </message>
    <message>
        <source>a provisional response (1xx)</source>
        <translation>暫定応答（1xx）</translation>
    </message>
    <message>
        <source>a success response (2xx)</source>
        <translation>成功応答（2xx）</translation>
    </message>
    <message>
        <source>a redirection (3xx)</source>
        <translation>リダイレクト（3xx）</translation>
    </message>
    <message>
        <source>a client error (4xx)</source>
        <translation>クライアントエラー（4xx）</translation>
    </message>
    <message>
        <source>a server error (5xx)</source>
        <translation>サーバーエラー（5xx）</translation>
    </message>
    <message>
        <source>a global failure (6xx)</source>
        <translation>グローバル失敗（6xx）</translation>
    </message>
    <message>
        <source>current</source>
        <translation>現行</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <source>removed from the standard</source>
        <translation>標準から削除</translation>
    </message>
    <message>
        <source>non-standard</source>
        <translation>非標準</translation>
    </message>
    <message>
        <source>no fixed cause</source>
        <translation>決まった cause なし</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3.</source>
        <extracomment>%1 and %2 are codes, %3 their shared class (&quot;a client error (4xx)&quot;)</extracomment>
        <translation>%1 と %2 はどちらも%3です。</translation>
    </message>
    <message>
        <source>%1 is %2, while %3 is %4.</source>
        <extracomment>%1 and %3 are codes, %2 and %4 their classes (&quot;a client error (4xx)&quot;)</extracomment>
        <translation>%1 は%2ですが、%3 は%4です。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line per code in the comparison summary: %1 the code and its name, %2 its one-line summary</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is provisional: the transaction goes on and a final response will follow. %2 is final and ends the transaction.</source>
        <translation>%1 は暫定応答で、トランザクションは継続し、後で最終応答が返されます。%2 は最終応答で、トランザクションを終了させます。</translation>
    </message>
    <message>
        <source>%1 speaks only for the location that answered, so other locations may still take the request; %2 speaks for every location, so nobody else should be tried.</source>
        <translation>%1 は応答したロケーションだけについての応答なので、他のロケーションがリクエストを受け付ける可能性があります。%2 はすべてのロケーションについての応答なので、他の宛先を試すべきではありません。</translation>
    </message>
    <message>
        <source>%1 speaks only for the server that answered, so another server may still succeed; %2 speaks for every location, so nobody else should be tried.</source>
        <translation>%1 は応答したサーバーだけについての応答なので、別のサーバーでは成功する可能性があります。%2 はすべてのロケーションについての応答なので、他の宛先を試すべきではありません。</translation>
    </message>
    <message>
        <source>%1 is about this request at the location that answered; %2 is about the server that answered, so another server may still succeed.</source>
        <translation>%1 は応答したロケーションにおけるこのリクエストについての応答です。%2 は応答したサーバーについての応答なので、別のサーバーでは成功する可能性があります。</translation>
    </message>
    <message>
        <source>A forking proxy that receives %1 keeps waiting for its other branches; on %2 it cancels every other branch and forwards %2 (RFC 3261 §16.7).</source>
        <translation>%1 を受信したフォーキングプロキシは、他のブランチの応答を待ち続けます。%2 を受信すると他のすべてのブランチをキャンセルし、%2 を転送します（RFC 3261 §16.7）。</translation>
    </message>
    <message>
        <source>A forking proxy passes %1 upstream and keeps every branch alive; on %2 it cancels every other branch (RFC 3261 §16.7).</source>
        <translation>フォーキングプロキシは %1 を上流へ転送し、すべてのブランチを維持します。%2 を受信すると、他のすべてのブランチをキャンセルします（RFC 3261 §16.7）。</translation>
    </message>
    <message>
        <source>A forking proxy passes %1 upstream and keeps every branch alive; %2 ends only its own branch, and the proxy keeps waiting for the others (RFC 3261 §16.7).</source>
        <translation>フォーキングプロキシは %1 を上流へ転送し、すべてのブランチを維持します。%2 はそのブランチだけを終了させ、プロキシは他のブランチの応答を待ち続けます（RFC 3261 §16.7）。</translation>
    </message>
    <message>
        <source>After %1: %2. After %3: %4.</source>
        <extracomment>%1 and %3 are codes; %2 and %4 retry advice (&quot;Retry later&quot;)</extracomment>
        <translation>%1 の後: %2。%3 の後: %4。</translation>
    </message>
    <message>
        <source>%1 may carry Retry-After to say when to try again; %2 does not use it.</source>
        <translation>%1 は再試行の時期を示す Retry-After を含むことがありますが、%2 では使用されません。</translation>
    </message>
    <message>
        <source>%1 typically comes from: %2. %3 typically comes from: %4.</source>
        <translation>%1 の主な送信元: %2。%3 の主な送信元: %4。</translation>
    </message>
    <message>
        <source>no particular header</source>
        <translation>特定のヘッダなし</translation>
    </message>
    <message>
        <source>Headers to inspect: %1 for %2; %3 for %4.</source>
        <translation>確認すべきヘッダ: %2 では %1、%4 では %3。</translation>
    </message>
    <message>
        <source>no cause</source>
        <translation>cause なし</translation>
    </message>
    <message>
        <source>A gateway maps %1 to %2 and %3 to %4 (RFC 3398 §8.2.6.1).</source>
        <translation>ゲートウェイでのマッピングは、%1 → %2、%3 → %4 です（RFC 3398 §8.2.6.1）。</translation>
    </message>
    <message>
        <source>For both %1 and %2: %3.</source>
        <translation>%1 と %2 の両方: %3。</translation>
    </message>
    <message>
        <source>Both may carry Retry-After to say when to try again.</source>
        <translation>どちらも、再試行の時期を示す Retry-After を含むことがあります。</translation>
    </message>
    <message>
        <source>A gateway maps both to %1 (RFC 3398 §8.2.6.1).</source>
        <translation>ゲートウェイでのマッピングは、どちらも %1 です（RFC 3398 §8.2.6.1）。</translation>
    </message>
    <message>
        <source>Send %1 when this describes the situation: %2</source>
        <extracomment>%1 a code, %2 its one-line summary (a whole sentence)</extracomment>
        <translation>次の状況に当てはまる場合は %1 を送信します: %2</translation>
    </message>
    <message>
        <source>%1 fits this situation: %2</source>
        <translation>%1 が当てはまる状況: %2</translation>
    </message>
    <message>
        <source>In a trace, %1 usually comes from: %2. Start with this step: %3</source>
        <extracomment>%1 a code, %2 who sends it, %3 the first step of how to fix it (a whole sentence)</extracomment>
        <translation>トレースでの %1 の主な送信元: %2。まず次の手順から始めてください: %3</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <extracomment>Title of a comparison: two codes with their names</extracomment>
        <translation>%1 と %2 の比較</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>First code or search, then Enter</source>
        <translation>1 つ目のコードまたは検索語を入力して Enter</translation>
    </message>
    <message>
        <source>Second code or search, then Enter</source>
        <translation>2 つ目のコードまたは検索語を入力して Enter</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>1 つ目のコード</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>2 つ目のコード</translation>
    </message>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ 入れ替え</translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation>左右を入れ替え</translation>
    </message>
    <message>
        <source>Previous comparison</source>
        <translation>前の比較</translation>
    </message>
    <message>
        <source>Next comparison</source>
        <translation>次の比較</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Back to the detail view (Esc)</source>
        <translation>詳細表示に戻る（Esc）</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; に一致するものはありません。</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>The two codes section by section: key differences first, then each side.</source>
        <translation>2 つのコードをセクションごとに示します。まず主な違い、次にそれぞれのコードです。</translation>
    </message>
</context>
<context>
    <name>DecoderView</name>
    <message>
        <source>%1 of pasted text, decoded without being shown here.</source>
        <translation>貼り付けられたテキスト（%1）は、ここには表示せずにデコードしました。</translation>
    </message>
    <message>
        <source>Decode a trace</source>
        <translation>トレースのデコード</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Decode a log or trace file without loading it into the editor</source>
        <translation>ログファイルまたはトレースファイルをエディタに読み込まずにデコード</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Back to the code (Esc)</source>
        <translation>コードに戻る（Esc）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Paste SIP messages, a sngrep or Wireshark text export, or Asterisk, FreeSWITCH or Kamailio log lines here, or drop a file. Status lines and the Reason, Warning and Retry-After headers are explained below.</source>
        <translation>SIP メッセージ、sngrep や Wireshark のテキストエクスポート、Asterisk、FreeSWITCH、Kamailio のログ行をここに貼り付けるか、ファイルをドロップしてください。ステータス行と Reason、Warning、Retry-After ヘッダの説明が下に表示されます。</translation>
    </message>
    <message>
        <source>Trace to decode</source>
        <translation>デコードするトレース</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>One row per status line and Reason, Warning or Retry-After value. Press Enter to open the code.</source>
        <translation>ステータス行、および Reason、Warning、Retry-After の値ごとに 1 行ずつ表示します。Enter キーを押すとそのコードを開きます。</translation>
    </message>
    <message>
        <source>Explanation of the selected finding</source>
        <translation>選択した検出結果の説明</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Decoding progress</source>
        <translation>デコードの進行状況</translation>
    </message>
    <message>
        <source>File %1 (%2), decoded without being shown here.</source>
        <translation>ファイル %1（%2）は、ここには表示せずにデコードしました。</translation>
    </message>
    <message>
        <source>Decode a File</source>
        <translation>ファイルのデコード</translation>
    </message>
    <message>
        <source>Logs and traces (*.log *.txt *.sip);;All files (*)</source>
        <translation>ログとトレース (*.log *.txt *.sip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Decoding cancelled; the findings so far are listed.</source>
        <translation>デコードをキャンセルしました。それまでの検出結果を表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>Decoding… %n finding(s) so far.</source>
        <translation>
            <numerusform>デコード中… これまでの検出結果: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to decode yet: paste a trace above.</source>
        <translation>デコードする内容がまだありません。上にトレースを貼り付けてください。</translation>
    </message>
    <message>
        <source>No status line and no Reason, Warning or Retry-After header in this text.</source>
        <translation>このテキストには、ステータス行も、Reason、Warning、Retry-After ヘッダもありません。</translation>
    </message>
    <message>
        <source>The list shows the first %1 findings.</source>
        <translation>一覧には最初の %1 件の検出結果を表示しています。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>As written on line %1:</source>
        <translation>%1 行目の記述:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>What looks wrong</source>
        <translation>問題と思われる点</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>It came in a %1 response.</source>
        <translation>%1 応答に含まれていました。</translation>
    </message>
    <message>
        <source>Call-ID: %1</source>
        <translation>Call-ID: %1</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>Q.850 cause %1 %2</source>
        <extracomment>Title of a Q.850 cause entry: %1 is the cause number, %2 its name</extracomment>
        <translation>Q.850 cause %1 %2</translation>
    </message>
    <message>
        <source>Warning %1 %2</source>
        <extracomment>Title of a SIP Warning code entry: %1 is the warn-code, %2 its warn-text</extracomment>
        <translation>Warning %1 %2</translation>
    </message>
    <message>
        <source>SIP %1</source>
        <translation>SIP %1</translation>
    </message>
    <message>
        <source>Q.850 cause %1</source>
        <translation>Q.850 cause %1</translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation>Warning %1</translation>
    </message>
    <message>
        <source>Provisional (1xx)</source>
        <translation>暫定応答（1xx）</translation>
    </message>
    <message>
        <source>Success (2xx)</source>
        <translation>成功（2xx）</translation>
    </message>
    <message>
        <source>Redirection (3xx)</source>
        <translation>リダイレクト（3xx）</translation>
    </message>
    <message>
        <source>Client error (4xx)</source>
        <translation>クライアントエラー（4xx）</translation>
    </message>
    <message>
        <source>Server error (5xx)</source>
        <translation>サーバーエラー（5xx）</translation>
    </message>
    <message>
        <source>Global failure (6xx)</source>
        <translation>グローバル失敗（6xx）</translation>
    </message>
    <message>
        <source>Normal event</source>
        <translation>正常事象</translation>
    </message>
    <message>
        <source>Resource unavailable</source>
        <translation>リソース使用不可</translation>
    </message>
    <message>
        <source>Service or option not available</source>
        <translation>サービス／オプション利用不可</translation>
    </message>
    <message>
        <source>Service or option not implemented</source>
        <translation>サービス／オプション未提供</translation>
    </message>
    <message>
        <source>Invalid message</source>
        <translation>無効メッセージ</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>プロトコル誤り</translation>
    </message>
    <message>
        <source>Interworking</source>
        <translation>インタワーキング</translation>
    </message>
    <message>
        <source>SIP Warning code</source>
        <translation>SIP Warning コード</translation>
    </message>
    <message>
        <source>SIP responses</source>
        <translation>SIP 応答</translation>
    </message>
    <message>
        <source>Q.850 causes</source>
        <translation>Q.850 cause</translation>
    </message>
    <message>
        <source>SIP warnings</source>
        <translation>SIP Warning</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現行</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <source>Removed from the standard</source>
        <translation>標準から削除</translation>
    </message>
    <message>
        <source>Non-standard</source>
        <translation>非標準</translation>
    </message>
    <message>
        <source>Nothing to retry</source>
        <translation>再試行の必要なし</translation>
    </message>
    <message>
        <source>Retry at the new target</source>
        <translation>新しいターゲットで再試行</translation>
    </message>
    <message>
        <source>Retry only with a changed request</source>
        <translation>リクエストを変更した場合のみ再試行</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>後で再試行</translation>
    </message>
    <message>
        <source>Try another route or server</source>
        <translation>別のルートまたはサーバーを試行</translation>
    </message>
    <message>
        <source>Do not retry</source>
        <translation>再試行しない</translation>
    </message>
    <message>
        <source>User agent server (UAS)</source>
        <translation>ユーザーエージェントサーバー（UAS）</translation>
    </message>
    <message>
        <source>User agent client (UAC)</source>
        <translation>ユーザーエージェントクライアント（UAC）</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>レジストラ</translation>
    </message>
    <message>
        <source>Redirect server</source>
        <translation>リダイレクトサーバー</translation>
    </message>
    <message>
        <source>B2BUA or SBC</source>
        <translation>B2BUA または SBC</translation>
    </message>
    <message>
        <source>PSTN gateway</source>
        <translation>PSTN ゲートウェイ</translation>
    </message>
    <message>
        <source>The client itself (a timer fired)</source>
        <translation>クライアント自身（タイマー満了）</translation>
    </message>
    <message>
        <source>provisional response</source>
        <extracomment>How a screen reader names the class of a 1xx code, after &quot;180 Ringing, &quot;</extracomment>
        <translation>暫定応答</translation>
    </message>
    <message>
        <source>success</source>
        <extracomment>How a screen reader names the class of a 2xx code, after &quot;200 OK, &quot;</extracomment>
        <translation>成功</translation>
    </message>
    <message>
        <source>redirection</source>
        <extracomment>How a screen reader names the class of a 3xx code, after &quot;302 Moved Temporarily, &quot;</extracomment>
        <translation>リダイレクト</translation>
    </message>
    <message>
        <source>client error</source>
        <extracomment>How a screen reader names the class of a 4xx code, after &quot;486 Busy Here, &quot;</extracomment>
        <translation>クライアントエラー</translation>
    </message>
    <message>
        <source>server error</source>
        <extracomment>How a screen reader names the class of a 5xx code, after &quot;503 Service Unavailable, &quot;</extracomment>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>global failure</source>
        <extracomment>How a screen reader names the class of a 6xx code, after &quot;603 Decline, &quot;</extracomment>
        <translation>グローバル失敗</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>⚠ %1</source>
        <extracomment>Decoder: the flags of a row, after a warning sign that marks it</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <extracomment>Screen reader text of a decoder row: %1 line, %2 kind, %3 finding</extracomment>
        <translation>%1 行目、%2: %3</translation>
    </message>
    <message>
        <source>%1. Flagged: %2</source>
        <extracomment>Screen reader text of a flagged decoder row: %1 the row, %2 the flags</extracomment>
        <translation>%1。フラグ: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>Decoder column: line number in the pasted text</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>Flags</source>
        <extracomment>Decoder column: what looks wrong with the finding</extracomment>
        <translation>フラグ</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>What it means</source>
        <extracomment>Section heading in an entry: the description of the code</extracomment>
        <translation>意味</translation>
    </message>
    <message>
        <source>When you see it</source>
        <extracomment>Section heading: real situations where the code shows up in a trace</extracomment>
        <translation>発生する状況</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Who sends it</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Headers to inspect</source>
        <translation>確認すべきヘッダ</translation>
    </message>
    <message>
        <source>Retry and failover</source>
        <translation>再試行とフェイルオーバー</translation>
    </message>
    <message>
        <source>Mapping (RFC 3398)</source>
        <translation>マッピング（RFC 3398）</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>関連コード</translation>
    </message>
    <message>
        <source>Learn more</source>
        <extracomment>Section heading: the defining documents, with links</extracomment>
        <translation>詳細情報</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An entry title followed by the translated reason phrase: %1 title, %2 translation</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Q.850 cause a gateway sends for this response (RFC 3398 §8.2.6.1)</source>
        <extracomment>Caption over the Q.850 causes a SIP response maps to</extracomment>
        <translation>この応答に対してゲートウェイが送信する Q.850 cause（RFC 3398 §8.2.6.1）</translation>
    </message>
    <message>
        <source>SIP response a gateway sends for this cause (RFC 3398 §7.2.4.1)</source>
        <translation>この cause に対してゲートウェイが送信する SIP 応答（RFC 3398 §7.2.4.1）</translation>
    </message>
    <message>
        <source>No fixed Q.850 cause</source>
        <translation>決まった Q.850 cause なし</translation>
    </message>
    <message>
        <source>No SIP response</source>
        <translation>SIP 応答なし</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under the title: %1 the class, %2 the standards status</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 uses %2 instead</source>
        <extracomment>A mapping an implementation uses instead of the RFC&apos;s: %1 implementation, %2 mapping</extracomment>
        <translation>%1 では代わりに %2 を使用</translation>
    </message>
    <message>
        <source>Final response</source>
        <translation>最終応答</translation>
    </message>
    <message>
        <source>Provisional response</source>
        <translation>暫定応答</translation>
    </message>
    <message>
        <source>Team notes (local)</source>
        <extracomment>Heading of the notes a team added itself (overlay files); &quot;local&quot; as in not built in</extracomment>
        <translation>チームメモ（ローカル）</translation>
    </message>
    <message>
        <source>Local entry from %1</source>
        <extracomment>Marks an entry a team added itself; %1 is the overlay file it came from</extracomment>
        <translation>%1 のローカルエントリ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About SIP Codes</source>
        <translation>SIP Codes について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SIP Codes %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;What a SIP response code, a Q.850 cause or a SIP Warning means, who sent it and what to do about it. Offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SIP Codes %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;SIP 応答コード、Q.850 cause、SIP Warning の意味、送信元、対処方法を調べられます。オフラインで動作します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SIP Codes</source>
        <translation>SIP Codes</translation>
    </message>
    <message>
        <source>Search codes, phrases, headers, RFCs… (Ctrl+K)</source>
        <translation>コード、フレーズ、ヘッダ、RFC を検索…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Type a code (486), a class (4xx), a word (busy), a header (Min-Expires) or an RFC (4028).</source>
        <translation>コード（486）、クラス（4xx）、単語（busy）、ヘッダ（Min-Expires）、RFC（4028）を入力してください。</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>すべてのクラス</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>クラスで絞り込み</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>Family filter</source>
        <translation>種別で絞り込み</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SIP Codes</source>
        <translation>SIP Codes について(&amp;A)</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 はカタログにありません。</translation>
    </message>
    <message>
        <source>%1 – SIP Codes</source>
        <translation>%1 – SIP Codes</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <extracomment>Status bar: how many codes the list shows</extracomment>
        <translation>
            <numerusform>%n 件のコード</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the shown code with another one (Ctrl+D)</source>
        <translation>表示中のコードを別のコードと比較（Ctrl+D）</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>比較対象…</translation>
    </message>
    <message>
        <source>%1 vs %2 – SIP Codes</source>
        <translation>%1 と %2 の比較 – SIP Codes</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>%1 と %2 を比較</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Decode a Trace…</source>
        <translation>トレースのデコード(&amp;D)…</translation>
    </message>
    <message>
        <source>Explain the status lines, Reason, Warning and Retry-After headers of a pasted trace (Ctrl+Shift+V pastes the clipboard)</source>
        <translation>貼り付けたトレースのステータス行と Reason、Warning、Retry-After ヘッダを説明（Ctrl+Shift+V でクリップボードを貼り付け）</translation>
    </message>
    <message>
        <source>Decoder – SIP Codes</source>
        <translation>デコーダ – SIP Codes</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Show the previous code or comparison (Alt+Left)</source>
        <translation>前のコードまたは比較を表示（Alt+Left）</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>Show the next code or comparison (Alt+Right)</source>
        <translation>次のコードまたは比較を表示（Alt+Right）</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown としてコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the shown code or comparison as Markdown, for a ticket or a chat</source>
        <translation>表示中のコードまたは比較を Markdown としてコピー（チケットやチャット用）</translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation>テキストとしてコピー(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the shown code or comparison as plain text</source>
        <translation>表示中のコードまたは比較をプレーンテキストとしてコピー</translation>
    </message>
    <message>
        <source>Copy &amp;Wireshark Filter</source>
        <translation>Wireshark フィルタをコピー(&amp;W)</translation>
    </message>
    <message>
        <source>Copy a Wireshark display filter that finds the shown code in a capture</source>
        <translation>キャプチャ内で表示中のコードを見つける Wireshark 表示フィルタをコピー</translation>
    </message>
    <message>
        <source>Copy &amp;sngrep Filter</source>
        <translation>sngrep フィルタをコピー(&amp;S)</translation>
    </message>
    <message>
        <source>Copy a regular expression for the Payload field of sngrep&apos;s filter dialog (F7) that finds the shown code</source>
        <translation>表示中のコードを見つける正規表現を、sngrep のフィルタダイアログ（F7）の Payload 欄用にコピー</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>Markdown としてコピーしました。</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>テキストとしてコピーしました。</translation>
    </message>
    <message>
        <source>Copied the filter %1</source>
        <extracomment>Status bar after copying a capture filter; %1 is the filter itself</extracomment>
        <translation>フィルタをコピーしました: %1</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>ズーム(&amp;Z)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>次のペイン(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>前のペイン(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>From the search box into the list</source>
        <translation>検索欄から一覧へ移動</translation>
    </message>
    <message>
        <source>Open the selected code</source>
        <translation>選択したコードを開く</translation>
    </message>
    <message>
        <source>Clear the search, or leave the comparison or the decoder</source>
        <translation>検索をクリア、または比較やデコーダを終了</translation>
    </message>
    <message>
        <source>&amp;Pin the Shown Code</source>
        <translation>表示中のコードをピン留め(&amp;P)</translation>
    </message>
    <message>
        <source>Pinned codes come first in the list while the search is empty (Ctrl+P)</source>
        <translation>ピン留めしたコードは、検索欄が空のときに一覧の先頭に表示されます（Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;Recent Codes</source>
        <translation>最近のコード(&amp;R)</translation>
    </message>
    <message>
        <source>Pinned %1.</source>
        <translation>%1 をピン留めしました。</translation>
    </message>
    <message>
        <source>Unpinned %1.</source>
        <translation>%1 のピン留めを解除しました。</translation>
    </message>
    <message>
        <source>No codes viewed yet</source>
        <translation>まだ表示したコードはありません</translation>
    </message>
    <message>
        <source>Always on &amp;Top</source>
        <translation>常に手前に表示(&amp;T)</translation>
    </message>
    <message>
        <source>Keep the window above other windows</source>
        <translation>ウィンドウを常に他のウィンドウより手前に表示</translation>
    </message>
    <message>
        <source>%1 (on top)</source>
        <extracomment>Appended to the window title while View &gt; Always on Top is checked; %1 is the title</extracomment>
        <translation>%1（最前面）</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>オプション(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;Tray Icon</source>
        <translation>トレイアイコンを表示(&amp;T)</translation>
    </message>
    <message>
        <source>An icon in the system tray shows and hides the window and offers recent codes</source>
        <translation>システムトレイのアイコンで、ウィンドウの表示／非表示を切り替えたり、最近のコードを開いたりできます</translation>
    </message>
    <message>
        <source>&amp;Close to Tray</source>
        <translation>閉じるときにトレイに格納(&amp;C)</translation>
    </message>
    <message>
        <source>Closing the window keeps SIP Codes running in the tray</source>
        <translation>ウィンドウを閉じても、SIP Codes はトレイで動作し続けます</translation>
    </message>
    <message>
        <source>Start &amp;Minimised</source>
        <translation>最小化して起動(&amp;M)</translation>
    </message>
    <message>
        <source>Start minimised, or only in the tray when the tray icon is shown</source>
        <translation>最小化して起動（トレイアイコンを表示している場合はトレイのみ）</translation>
    </message>
    <message>
        <source>Show or Hide SIP Codes</source>
        <translation>SIP Codes の表示／非表示</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>検索…</translation>
    </message>
    <message>
        <source>Edit Team &amp;Note…</source>
        <translation>チームメモの編集(&amp;N)…</translation>
    </message>
    <message>
        <source>Add or change your team&apos;s note on the shown code (Ctrl+E); it is kept in %1</source>
        <translation>表示中のコードに対するチームメモを追加または変更（Ctrl+E）。メモは %1 に保存されます</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the team notes: %1</source>
        <extracomment>Status bar, when team overlay files have problems: %1 is the first problem</extracomment>
        <translation>
            <numerusform>チームメモに %n 件の問題があります: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Team Note</source>
        <translation>チームメモ</translation>
    </message>
    <message>
        <source>Your team&apos;s note on %1, shown to everyone who uses these notes. Leave it empty to remove the note.</source>
        <translation>%1 に対するチームのメモです。このメモを使用するすべてのユーザーに表示されます。メモを削除するには空欄のままにしてください。</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>メモを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Removed the team note on %1.</source>
        <translation>%1 のチームメモを削除しました。</translation>
    </message>
    <message>
        <source>Saved the team note on %1.</source>
        <translation>%1 のチームメモを保存しました。</translation>
    </message>
</context>
<context>
    <name>Overlays</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB and was not read</source>
        <translation>%1 MiB を超えているため読み込まれませんでした</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>the top level must be an object with &quot;notes&quot; or &quot;entries&quot;</source>
        <translation>トップレベルは &quot;notes&quot; または &quot;entries&quot; を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>has neither &quot;notes&quot; nor &quot;entries&quot;</source>
        <translation>&quot;notes&quot; も &quot;entries&quot; もありません</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>配列でなければなりません</translation>
    </message>
    <message>
        <source>note #%1</source>
        <extracomment>Names a note by its position in an overlay file</extracomment>
        <translation>メモ #%1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>must be a code such as 486, q850:17 or warning:399</source>
        <translation>486、q850:17、warning:399 のようなコードでなければなりません</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>文字列でなければなりません</translation>
    </message>
    <message>
        <source>is not in the catalog; add an entry for it first</source>
        <translation>カタログにありません。先にこのコードのエントリを追加してください</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; nothing was changed.</source>
        <translation>%1 は %2 MiB を超えています。何も変更されていません。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2), so it was left as it is. Fix or move it, then save the note again.</source>
        <translation>%1 は有効な JSON ではない（%2）ため、変更せずにそのままにしました。修正または移動してから、もう一度メモを保存してください。</translation>
    </message>
    <message>
        <source>In %1, &quot;notes&quot; is not an array, so the file was left as it is.</source>
        <translation>%1 の &quot;notes&quot; が配列ではないため、ファイルは変更せずにそのままにしました。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>TraceDecodeJob</name>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 はフォルダです。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>TraceReport</name>
    <message>
        <source>Status line</source>
        <extracomment>Decoder: a finding that is a SIP status line (&quot;SIP/2.0 486 Busy Here&quot;)</extracomment>
        <translation>ステータス行</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Decoder: a finding from a Reason header (RFC 3326); the header&apos;s name may stay English</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Decoder: a finding from a Warning header; the header&apos;s name may stay English</extracomment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Retry-After</source>
        <extracomment>Decoder: a finding from a Retry-After header; the header&apos;s name may stay English</extracomment>
        <translation>Retry-After</translation>
    </message>
    <message>
        <source>Non-standard phrase</source>
        <translation>非標準のフレーズ</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>不明なコード</translation>
    </message>
    <message>
        <source>Mapping mismatch</source>
        <extracomment>Decoder flag: a Q.850 cause that RFC 3398 does not pair with the SIP response</extracomment>
        <translation>マッピングの不一致</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>形式不正</translation>
    </message>
    <message>
        <source>The header has no value.</source>
        <translation>ヘッダに値がありません。</translation>
    </message>
    <message>
        <source>A status code is three digits from 100 to 699.</source>
        <translation>ステータスコードは 100 から 699 までの 3 桁の数字です。</translation>
    </message>
    <message>
        <source>The Reason value does not start with a protocol such as Q.850 or SIP.</source>
        <translation>Reason の値が、Q.850 や SIP などのプロトコルで始まっていません。</translation>
    </message>
    <message>
        <source>The Reason value has no cause parameter.</source>
        <translation>Reason の値に cause パラメータがありません。</translation>
    </message>
    <message>
        <source>The cause parameter is not a number.</source>
        <translation>cause パラメータが数値ではありません。</translation>
    </message>
    <message>
        <source>A warn-code is three digits followed by a space.</source>
        <translation>warn-code は 3 桁の数字の後に空白が続く形式です。</translation>
    </message>
    <message>
        <source>The warning names no agent (the host or name that added it).</source>
        <translation>警告に warn-agent（警告を付加したホストまたは名前）が示されていません。</translation>
    </message>
    <message>
        <source>The warning has no text; RFC 3261 asks for a quoted string, even an empty one.</source>
        <translation>警告にテキストがありません。RFC 3261 では、空であっても引用符で囲んだ文字列が求められます。</translation>
    </message>
    <message>
        <source>The text is not in double quotes, as RFC 3261 and RFC 3326 require.</source>
        <translation>テキストが、RFC 3261 と RFC 3326 の要求どおりに二重引用符で囲まれていません。</translation>
    </message>
    <message>
        <source>A quoted text is never closed.</source>
        <translation>引用符で囲まれたテキストが閉じられていません。</translation>
    </message>
    <message>
        <source>Retry-After must start with a number of seconds.</source>
        <translation>Retry-After は秒数で始まる必要があります。</translation>
    </message>
    <message>
        <source>%1 cause %2</source>
        <extracomment>Decoder: a Reason value of another protocol; %1 is the protocol, %2 the cause</extracomment>
        <translation>%1 cause %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>Decoder: a header that has no value at all</extracomment>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1, sent as &quot;%2&quot;</source>
        <extracomment>Decoder: %1 is the registered code and phrase, %2 the phrase the trace used</extracomment>
        <translation>%1（&quot;%2&quot; として送信）</translation>
    </message>
    <message>
        <source>%1, text &quot;%2&quot;</source>
        <extracomment>Decoder: %1 is the cause, %2 the text parameter of the Reason header</extracomment>
        <translation>%1、テキスト &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, from %2: &quot;%3&quot;</source>
        <extracomment>Decoder: %1 is the warning code, %2 the agent that added it, %3 its text</extracomment>
        <translation>%1、送信元 %2: &quot;%3&quot;</translation>
    </message>
    <message numerus="yes">
        <source>retry after %n second(s)</source>
        <translation>
            <numerusform>%n 秒後に再試行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, as written: &quot;%2&quot;</source>
        <extracomment>Decoder: %1 is &quot;retry after N seconds&quot;, %2 the header as written</extracomment>
        <translation>%1（記述: &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>RFC 3398 maps a %1 response to Q.850 cause %2, and cause %3 to a %4 response; this message pairs %1 with cause %3.</source>
        <translation>RFC 3398 では %1 応答は Q.850 cause %2 に、cause %3 は %4 応答にマッピングされますが、このメッセージでは %1 と cause %3 が組み合わされています。</translation>
    </message>
    <message>
        <source>RFC 3398 maps a %1 response to Q.850 cause %2, not %3.</source>
        <translation>RFC 3398 では %1 応答は %3 ではなく Q.850 cause %2 にマッピングされます。</translation>
    </message>
    <message>
        <source>RFC 3398 maps Q.850 cause %1 to a %2 response, not %3.</source>
        <translation>RFC 3398 では Q.850 cause %1 は %3 ではなく %2 応答にマッピングされます。</translation>
    </message>
    <message>
        <source>%1 is known to pair them this way: %2</source>
        <translation>%1 はこの組み合わせを使うことが知られています: %2</translation>
    </message>
    <message>
        <source>The reason phrase &quot;%1&quot; differs from the registered &quot;%2&quot;. SIP goes by the code alone, but a changed phrase can carry a vendor&apos;s own meaning.</source>
        <translation>理由フレーズ &quot;%1&quot; は登録済みの &quot;%2&quot; と異なります。SIP はコードだけで判断しますが、変更されたフレーズにはベンダ独自の意味が込められていることがあります。</translation>
    </message>
    <message>
        <source>%1 is not in the catalog: it may be vendor-specific, newer than this catalog, or a mistake.</source>
        <translation>%1 はカタログにありません。ベンダ固有のもの、このカタログより新しいもの、または誤りの可能性があります。</translation>
    </message>
    <message>
        <source>Final response: %1 (line %2).</source>
        <translation>最終応答: %1（%2 行目）。</translation>
    </message>
    <message>
        <source>No final response in the trace.</source>
        <translation>トレースに最終応答がありません。</translation>
    </message>
    <message>
        <source>Its Reason: %1.</source>
        <translation>この応答の Reason: %1。</translation>
    </message>
    <message>
        <source>Its Warning: %1.</source>
        <translation>この応答の Warning: %1。</translation>
    </message>
    <message>
        <source>Its Retry-After: %1.</source>
        <translation>この応答の Retry-After: %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>検出結果 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged as inconsistent or malformed.</source>
        <translation>
            <numerusform>%n 件に不整合または形式不正のフラグが付いています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <extracomment>Decoder text output: %1 is the line number in the input</extracomment>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
</context>
<context>
    <name>compare:180-183</name>
    <message>
        <source>A 180 Ringing tells the caller that the callee is being alerted, and when it carries no SDP the caller plays ringback locally. A 183 Session Progress normally carries SDP so that the caller hears early media from the far end, such as a ringback tone, an announcement or an IVR, and gateways often send it when the PSTN provides in-band tones. Either one may be sent reliably with Require: 100rel and an RSeq header and then acknowledged with PRACK (RFC 3262), and a 180 can also carry SDP, in which case many user agents play the remote media instead of local ringback.</source>
        <comment>note</comment>
        <extracomment>Comparison of 180 and 183: note</extracomment>
        <translation>180 Ringing は着信側が呼び出し中であることを発信側に伝えるもので、SDP を含まない場合、発信側はローカルでリングバックトーンを再生します。183 Session Progress は通常 SDP を含み、発信側がリングバックトーン、アナウンス、IVR などの遠端からのアーリーメディアを聞けるようにします。PSTN がインバンドでトーンを提供する場合、ゲートウェイはよく 183 を送信します。どちらも Require: 100rel と RSeq ヘッダを付けて信頼性のある暫定応答として送信し、PRACK で確認応答させることができます（RFC 3262）。また 180 も SDP を含むことがあり、その場合多くの UA はローカルのリングバックトーンではなく相手側のメディアを再生します。</translation>
    </message>
    <message>
        <source>Send 180 when the device is actually alerting the user and you want the caller to generate its own ringback. Send 183 with SDP when you will supply tones, announcements or other media before the call is answered.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 180 and 183: implementer</extracomment>
        <translation>端末が実際にユーザーを呼び出していて、発信側に自らリングバックトーンを生成させたい場合は 180 を送信します。呼が応答される前にトーン、アナウンスなどのメディアを自ら提供する場合は、SDP 付きの 183 を送信します。</translation>
    </message>
    <message>
        <source>If the caller hears nothing after a 180 without SDP, look at local ringback generation on the calling side. If early media is missing after a 183 with SDP, check the SDP connection address, NAT and firewall pinholes and whether the calling user agent plays early media at all.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 180 and 183: troubleshooter</extracomment>
        <translation>SDP なしの 180 の後に発信側で何も聞こえない場合は、発信側でのローカルリングバックトーンの生成を確認してください。SDP 付きの 183 の後にアーリーメディアが聞こえない場合は、SDP の接続アドレス、NAT とファイアウォールのピンホール、そして発信側の UA がそもそもアーリーメディアを再生するかどうかを確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:200-202</name>
    <message>
        <source>A 200 OK means the request succeeded, while a 202 Accepted means the request was accepted but the action it asked for may not be complete yet. In current traces 202 is mostly seen in answer to REFER (RFC 3515), with the progress of the transfer reported afterwards in NOTIFY requests carrying message/sipfrag bodies, and older stacks also send it in answer to SUBSCRIBE. RFC 6665 deprecated the use of 202 for SUBSCRIBE, so modern notifiers answer with 200 and subscribers treat the two alike.</source>
        <comment>note</comment>
        <extracomment>Comparison of 200 and 202: note</extracomment>
        <translation>200 OK はリクエストが成功したことを意味し、202 Accepted はリクエストは受理されたものの、要求された処理がまだ完了していない可能性があることを意味します。現在のトレースでは 202 は主に REFER（RFC 3515）への応答として見られ、転送の進捗はその後 message/sipfrag ボディを含む NOTIFY リクエストで通知されます。古いスタックは SUBSCRIBE への応答としても 202 を送信します。RFC 6665 で SUBSCRIBE への 202 の使用は非推奨となったため、最近のノーティファイアは 200 で応答し、サブスクライバは両者を同じものとして扱います。</translation>
    </message>
    <message>
        <source>Send 200 when the request has been fully processed, including a SUBSCRIBE handled under RFC 6665. Send 202 to REFER, or to any request whose outcome will only be known and reported later.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 200 and 202: implementer</extracomment>
        <translation>RFC 6665 に基づいて処理した SUBSCRIBE を含め、リクエストの処理が完全に終わった場合は 200 を送信します。REFER、または結果が後になって判明し通知されるリクエストには 202 を送信します。</translation>
    </message>
    <message>
        <source>A 202 to REFER means the transfer has only started, so follow the NOTIFY requests to see how it really ended. A 200 confirms the request itself, and for a SUBSCRIBE you should then expect an immediate NOTIFY with the current state.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 200 and 202: troubleshooter</extracomment>
        <translation>REFER への 202 は転送が開始されたにすぎないことを意味するため、実際にどのように終わったかは後続の NOTIFY リクエストを追って確認してください。200 はリクエスト自体を確認するもので、SUBSCRIBE の場合はその後すぐに現在の状態を含む NOTIFY が届くはずです。</translation>
    </message>
</context>
<context>
    <name>compare:200-204</name>
    <message>
        <source>Both are success responses, but 204 No Notification comes from RFC 5839 conditional event notification and answers a SUBSCRIBE that carried Suppress-If-Match with an entity-tag that matches the current state. After a 200 OK to SUBSCRIBE the notifier sends a NOTIFY with the current state right away, whereas after a 204 that NOTIFY is not sent because the subscriber already holds the state. The entity-tags used in Suppress-If-Match come from the SIP-ETag header of earlier NOTIFY requests.</source>
        <comment>note</comment>
        <extracomment>Comparison of 200 and 204: note</extracomment>
        <translation>どちらも成功応答ですが、204 No Notification は RFC 5839 の条件付きイベント通知で規定されたもので、現在の状態と一致するエンティティタグを Suppress-If-Match に含む SUBSCRIBE に応答します。SUBSCRIBE への 200 OK の後、ノーティファイアは直ちに現在の状態を含む NOTIFY を送信しますが、204 の後はサブスクライバがすでにその状態を保持しているため、その NOTIFY は送信されません。Suppress-If-Match で使われるエンティティタグは、以前の NOTIFY リクエストの SIP-ETag ヘッダから得られます。</translation>
    </message>
    <message>
        <source>Send 200 to accept a SUBSCRIBE or any other request in the normal way. Send 204 only when you implement RFC 5839, the SUBSCRIBE carries a Suppress-If-Match value equal to the current entity-tag, and you accept the subscription without sending a new NOTIFY.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 200 and 204: implementer</extracomment>
        <translation>SUBSCRIBE やその他のリクエストを通常どおり受け付ける場合は 200 を送信します。204 を送信するのは、RFC 5839 を実装しており、SUBSCRIBE に現在のエンティティタグと等しい Suppress-If-Match の値が含まれ、新たな NOTIFY を送信せずにサブスクリプションを受け付ける場合に限ります。</translation>
    </message>
    <message>
        <source>A 200 to SUBSCRIBE should be followed by a NOTIFY, so a missing NOTIFY there is a fault worth chasing. A 204 makes the missing NOTIFY expected behaviour, so if the subscriber&apos;s view looks outdated, compare the Suppress-If-Match value with the SIP-ETag of the last NOTIFY.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 200 and 204: troubleshooter</extracomment>
        <translation>SUBSCRIBE への 200 の後には NOTIFY が続くはずなので、そこで NOTIFY がない場合は調査すべき障害です。204 の場合は NOTIFY がないのが想定どおりの動作なので、サブスクライバの認識する状態が古いように見える場合は、Suppress-If-Match の値と最後の NOTIFY の SIP-ETag を比較してください。</translation>
    </message>
</context>
<context>
    <name>compare:202-204</name>
    <message>
        <source>A 202 Accepted means a request was taken on for processing that has not finished, and today it appears mostly in answer to REFER, with results arriving later in NOTIFY requests. A 204 No Notification, defined in RFC 5839, answers a SUBSCRIBE whose Suppress-If-Match entity-tag matches the current state and tells the subscriber that no NOTIFY with that state will be sent. A 202 in answer to SUBSCRIBE is legacy behaviour that RFC 6665 deprecated.</source>
        <comment>note</comment>
        <extracomment>Comparison of 202 and 204: note</extracomment>
        <translation>202 Accepted は、リクエストが処理のために受け付けられたもののまだ完了していないことを意味し、現在は主に REFER への応答として見られ、結果は後で NOTIFY リクエストで届きます。RFC 5839 で定義された 204 No Notification は、Suppress-If-Match のエンティティタグが現在の状態と一致する SUBSCRIBE に応答するもので、その状態を含む NOTIFY は送信されないことをサブスクライバに伝えます。SUBSCRIBE への 202 は、RFC 6665 で非推奨となった旧来の動作です。</translation>
    </message>
    <message>
        <source>Send 202 to REFER or to other requests whose outcome will be reported later. Send 204 to a conditional SUBSCRIBE when the subscriber&apos;s entity-tag is current and no NOTIFY is needed.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 202 and 204: implementer</extracomment>
        <translation>REFER や、結果を後で通知するその他のリクエストには 202 を送信します。条件付き SUBSCRIBE に対して、サブスクライバのエンティティタグが最新で NOTIFY が不要な場合は 204 を送信します。</translation>
    </message>
    <message>
        <source>After a 202, expect NOTIFY traffic reporting progress and read it for the final outcome. After a 204, expect no NOTIFY for that state, and check the entity-tags if the subscriber&apos;s view turns out to be wrong.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 202 and 204: troubleshooter</extracomment>
        <translation>202 の後は進捗を通知する NOTIFY が届くはずなので、それを読んで最終的な結果を確認してください。204 の後はその状態についての NOTIFY は届かないはずなので、サブスクライバの認識する状態が誤っていることが判明した場合はエンティティタグを確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:301-302</name>
    <message>
        <source>Both are redirects that list one or more new targets in Contact, and the client normally acknowledges the 3xx and sends a new INVITE to a Contact URI. A 301 Moved Permanently says the old address is no longer valid and stored entries should be updated, while a 302 Moved Temporarily is the usual answer from redirect servers and call-forwarding features, with its validity limited by an Expires header or an expires parameter on the Contact. A proxy may act on either redirect itself instead of passing it upstream, so the 3xx may never be visible on the caller&apos;s leg.</source>
        <comment>note</comment>
        <extracomment>Comparison of 301 and 302: note</extracomment>
        <translation>どちらも Contact に 1 つ以上の新しいターゲットを列挙するリダイレクトで、クライアントは通常 3xx に ACK を返し、Contact の URI に新しい INVITE を送信します。301 Moved Permanently は古いアドレスがもはや有効ではなく、保存されているエントリを更新すべきであることを示します。一方 302 Moved Temporarily はリダイレクトサーバーや着信転送機能からの一般的な応答で、その有効期間は Expires ヘッダまたは Contact の expires パラメータで制限されます。プロキシはどちらのリダイレクトも上流へ転送せずに自ら処理することがあるため、発信側のレッグでは 3xx がまったく見えない場合があります。</translation>
    </message>
    <message>
        <source>Send 301 when the user has moved for good and the old address should be replaced. Send 302 for temporary forwarding or routing decisions, such as call forwarding or a redirect server choosing a route.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 301 and 302: implementer</extracomment>
        <translation>ユーザーが恒久的に移動し、古いアドレスを置き換えるべき場合は 301 を送信します。着信転送や、リダイレクトサーバーによるルート選択など、一時的な転送やルーティングの判断には 302 を送信します。</translation>
    </message>
    <message>
        <source>For either code, check the Contact URIs and whether the UAC or an upstream proxy actually followed them. A 301 can explain why a client permanently changed the address it uses, while repeated 302 responses bouncing between targets point to a forwarding loop or misconfigured forwarding rules.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 301 and 302: troubleshooter</extracomment>
        <translation>どちらのコードでも、Contact の URI と、UAC または上流のプロキシが実際にそれに従ったかどうかを確認してください。301 は、クライアントが使用するアドレスを恒久的に変更した理由の説明になることがあります。一方、ターゲット間を行き来する 302 応答の繰り返しは、転送ループや転送ルールの設定誤りを示しています。</translation>
    </message>
</context>
<context>
    <name>compare:401-403</name>
    <message>
        <source>A 401 Unauthorized is a challenge that carries WWW-Authenticate with a realm and nonce, and the client is expected to resend the request with an Authorization header and a higher CSeq. A 403 Forbidden carries no challenge and says the server understood the request but will not carry it out, and that sending credentials will not change the outcome. In practice a 403 often follows a request that already carried Authorization, which suggests wrong credentials or a policy block, while a 401 with stale=true only means the nonce expired and a fresh attempt should succeed.</source>
        <comment>note</comment>
        <extracomment>Comparison of 401 and 403: note</extracomment>
        <translation>401 Unauthorized は realm と nonce を含む WWW-Authenticate を伴うチャレンジで、クライアントは Authorization ヘッダを付け、CSeq を増やしてリクエストを再送することが求められます。403 Forbidden はチャレンジを含まず、サーバーはリクエストを理解したものの実行しないこと、そして認証情報を送っても結果は変わらないことを示します。実際には、すでに Authorization を含むリクエストの後に 403 が返ることが多く、これは認証情報の誤りやポリシーによるブロックを示唆します。一方、stale=true 付きの 401 は nonce の期限が切れただけであり、改めて試行すれば成功するはずです。</translation>
    </message>
    <message>
        <source>Send 401 from a registrar or UAS when the request lacks valid credentials and a digest retry could succeed. Send 403 when the requester is identified but not allowed to do this, such as a barred destination, a source address outside the allowed list or an account that failed authentication, so that the client stops retrying.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 401 and 403: implementer</extracomment>
        <translation>リクエストに有効な認証情報がなく、ダイジェスト認証での再試行で成功する可能性がある場合は、レジストラまたは UAS から 401 を送信します。発信者は特定できているもののこの操作が許可されていない場合、たとえば規制された宛先、許可リスト外の送信元アドレス、認証に失敗したアカウントなどの場合は、クライアントが再試行をやめるように 403 を送信します。</translation>
    </message>
    <message>
        <source>A 401 is normal on the first REGISTER or INVITE, so check that a retry with Authorization follows and is accepted. After a 403, check the username, password and realm, any IP access lists and the calling permissions of the account on the element that sent it.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 401 and 403: troubleshooter</extracomment>
        <translation>最初の REGISTER や INVITE に対する 401 は正常なので、Authorization 付きの再試行が続き、それが受け付けられていることを確認してください。403 の後は、それを送信した要素で、ユーザー名、パスワード、realm、IP アクセスリスト、アカウントの発信権限を確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:401-407</name>
    <message>
        <source>Both are digest authentication challenges, but a 401 Unauthorized carries WWW-Authenticate and comes from the registrar or the user agent the request is addressed to, while a 407 Proxy Authentication Required carries Proxy-Authenticate and comes from a proxy or SBC on the path. The client answers a 401 with an Authorization header and a 407 with Proxy-Authorization, resending the request with the same Call-ID and an incremented CSeq. When the challenged request is an INVITE, the challenge is a final response, so an ACK for it appears before the new authenticated INVITE.</source>
        <comment>note</comment>
        <extracomment>Comparison of 401 and 407: note</extracomment>
        <translation>どちらもダイジェスト認証のチャレンジですが、401 Unauthorized は WWW-Authenticate を含み、レジストラまたはリクエストの宛先の UA から送信されます。一方 407 Proxy Authentication Required は Proxy-Authenticate を含み、経路上のプロキシや SBC から送信されます。クライアントは 401 には Authorization ヘッダで、407 には Proxy-Authorization で応答し、同じ Call-ID と増やした CSeq でリクエストを再送します。チャレンジされたリクエストが INVITE の場合、チャレンジは最終応答であるため、認証情報付きの新しい INVITE の前にそれに対する ACK が現れます。</translation>
    </message>
    <message>
        <source>Send 401 when you are the registrar or the user agent that the request is addressed to. Send 407 when you are a proxy or SBC authenticating traffic that passes through you toward another destination.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 401 and 407: implementer</extracomment>
        <translation>自分がレジストラ、またはリクエストの宛先の UA である場合は 401 を送信します。自分がプロキシや SBC で、自分を経由して別の宛先へ向かうトラフィックを認証する場合は 407 を送信します。</translation>
    </message>
    <message>
        <source>Check that the retried request uses the header type that matches the challenge and echoes the realm and nonce it was given. Repeated 401 or 407 responses to requests that already carry credentials usually point to a wrong password, a wrong username or realm, or a nonce that the server no longer accepts.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 401 and 407: troubleshooter</extracomment>
        <translation>再試行されたリクエストが、チャレンジに対応する種類のヘッダを使用し、与えられた realm と nonce をそのまま返していることを確認してください。すでに認証情報を含むリクエストに 401 や 407 が繰り返し返される場合は、通常、パスワードの誤り、ユーザー名や realm の誤り、またはサーバーがもう受け付けない nonce が原因です。</translation>
    </message>
</context>
<context>
    <name>compare:403-407</name>
    <message>
        <source>A 407 Proxy Authentication Required invites a retry: it carries Proxy-Authenticate and the client should resend the request with Proxy-Authorization. A 403 Forbidden carries no challenge and means the proxy or server has decided to refuse the request whatever credentials are offered. When a 403 follows a request that already contained Proxy-Authorization, the proxy typically rejected the credentials or the account lacks permission for that destination.</source>
        <comment>note</comment>
        <extracomment>Comparison of 403 and 407: note</extracomment>
        <translation>407 Proxy Authentication Required は再試行を促すもので、Proxy-Authenticate を含み、クライアントは Proxy-Authorization を付けてリクエストを再送する必要があります。403 Forbidden はチャレンジを含まず、どのような認証情報が提示されてもプロキシまたはサーバーがリクエストを拒否すると決定したことを意味します。すでに Proxy-Authorization を含むリクエストの後に 403 が返る場合、通常はプロキシが認証情報を拒否したか、アカウントにその宛先への発信権限がありません。</translation>
    </message>
    <message>
        <source>Send 407 from a proxy or SBC when the request lacks proxy credentials and authenticating could let it through. Send 403 when the sender is identified but policy forbids the request, or when authentication keeps failing.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 403 and 407: implementer</extracomment>
        <translation>リクエストにプロキシ用の認証情報がなく、認証すれば通過できる可能性がある場合は、プロキシや SBC から 407 を送信します。送信者は特定できているもののポリシーによりリクエストが禁止されている場合や、認証が失敗し続ける場合は 403 を送信します。</translation>
    </message>
    <message>
        <source>A 407 is expected on the first INVITE through an authenticating proxy, so check that the UAC acknowledges it and retries with Proxy-Authorization. After a 403, check the account password and realm, IP access lists and dialing permissions on the element that sent it.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 403 and 407: troubleshooter</extracomment>
        <translation>認証を行うプロキシを経由する最初の INVITE に対する 407 は想定どおりなので、UAC がそれに ACK を返し、Proxy-Authorization を付けて再試行していることを確認してください。403 の後は、それを送信した要素で、アカウントのパスワードと realm、IP アクセスリスト、発信権限を確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:403-603</name>
    <message>
        <source>A 403 Forbidden is a 4xx decision by a server, usually about policy or authorization such as a barred destination, and a forking proxy keeps its other branches running after it. A 603 Decline is a 6xx sent by or on behalf of the called user to refuse the call, it causes a forking proxy to cancel all other branches, and it may carry Retry-After. Gateways often map both to Q.850 cause 21 (call rejected), so rely on the response code and the element that sent it rather than the cause to tell them apart.</source>
        <comment>note</comment>
        <extracomment>Comparison of 403 and 603: note</extracomment>
        <translation>403 Forbidden はサーバーによる 4xx の判断で、通常は規制された宛先などのポリシーや認可に関するものです。フォーキングプロキシは 403 の後も他のブランチを継続します。603 Decline は着信ユーザー自身またはその代理として呼を拒否するために送信される 6xx で、フォーキングプロキシに他のすべてのブランチをキャンセルさせ、Retry-After を含むことがあります。ゲートウェイは多くの場合どちらも Q.850 cause 21（Call rejected）にマッピングするため、両者を区別するには cause ではなく応答コードとそれを送信した要素を頼りにしてください。</translation>
    </message>
    <message>
        <source>Send 403 when your policy or authorization rules forbid the request and credentials would not help. Send 603 when the called user, or a screening service acting for that user, refuses the call for all locations.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 403 and 603: implementer</extracomment>
        <translation>ポリシーや認可のルールによってリクエストが禁止され、認証情報を提示しても意味がない場合は 403 を送信します。着信ユーザー、またはそのユーザーに代わるスクリーニングサービスが、すべてのロケーションについて呼を拒否する場合は 603 を送信します。</translation>
    </message>
    <message>
        <source>A 403 points at permissions, access lists, account class or fraud rules on the element that sent it. A 603 points at the callee&apos;s own choice or call-blocking configuration, and it explains any CANCELs sent to other forks.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 403 and 603: troubleshooter</extracomment>
        <translation>403 は、それを送信した要素の権限、アクセスリスト、アカウントクラス、不正利用対策ルールを示しています。603 は着信側自身の選択や着信拒否の設定を示しており、他のフォークに送信された CANCEL もこれで説明がつきます。</translation>
    </message>
</context>
<context>
    <name>compare:404-408</name>
    <message>
        <source>A 404 Not Found is a real response from an element that looked up the Request-URI and found nothing, so it arrives promptly and its Server or User-Agent header usually identifies the sender. A 408 Request Timeout often never crossed the wire at all, because the client transaction generates it locally when Timer B (INVITE) or Timer F (non-INVITE) expires after 64 times T1, which is 32 seconds with default timers, following a series of unanswered retransmissions. A proxy can also return 408 upstream when its Timer C runs out on a branch, and in that case a CANCEL goes downstream at about the same moment.</source>
        <comment>note</comment>
        <extracomment>Comparison of 404 and 408: note</extracomment>
        <translation>404 Not Found は、Request-URI を検索して何も見つからなかった要素からの実際の応答なので、すぐに返され、通常は Server または User-Agent ヘッダで送信元を特定できます。一方 408 Request Timeout は多くの場合まったく回線上を流れていません。応答のない再送が続いた後、T1 の 64 倍（デフォルトのタイマー値では 32 秒）で Timer B（INVITE）または Timer F（INVITE 以外）が満了したときに、クライアントトランザクションがローカルで生成するためです。プロキシも、あるブランチで Timer C が満了した場合に 408 を上流へ返すことがあり、その場合はほぼ同時に CANCEL が下流へ送信されます。</translation>
    </message>
    <message>
        <source>Send 404 when you are authoritative for the domain and the user or number does not exist. Generate 408 only when no final response could be obtained in time, such as when a transaction timer fires or a lookup for the target cannot finish.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 404 and 408: implementer</extracomment>
        <translation>自分がそのドメインの権威を持ち、ユーザーや番号が存在しない場合は 404 を送信します。408 は、トランザクションタイマーが満了した場合やターゲットの検索が完了しない場合など、時間内に最終応答を得られなかった場合にのみ生成します。</translation>
    </message>
    <message>
        <source>A 404 is a clean routing or provisioning answer, so check the dialed number and the routing data of the sender. A 408 usually means silence from the next hop, so look for unanswered retransmissions and then check reachability, DNS results, firewalls, NAT and the transport used toward that hop.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 404 and 408: troubleshooter</extracomment>
        <translation>404 はルーティングやプロビジョニングについての明確な応答なので、ダイヤルされた番号と送信元のルーティングデータを確認してください。408 は通常、次ホップから応答がないことを意味するので、応答のない再送を探したうえで、到達性、DNS の結果、ファイアウォール、NAT、そのホップへのトランスポートを確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:404-480</name>
    <message>
        <source>A 404 Not Found says the user or number does not exist in the domain served by the responding element, and it usually comes back quickly from a registrar, proxy or gateway without any device being alerted. A 480 Temporarily Unavailable says the user is known but cannot be reached right now, for example because there is no current registration or do-not-disturb is active, and it may carry Retry-After. Gateways typically tie 404 to Q.850 cause 1 (unallocated number) and 480 to causes such as 19 (no answer) or 20 (subscriber absent).</source>
        <comment>note</comment>
        <extracomment>Comparison of 404 and 480: note</extracomment>
        <translation>404 Not Found は、応答した要素が担当するドメインにそのユーザーや番号が存在しないことを示し、通常はどの端末も呼び出されることなく、レジストラ、プロキシ、ゲートウェイからすぐに返されます。480 Temporarily Unavailable は、ユーザーは既知であるものの、現在有効な登録がない、応答不可（DND）が有効になっているなどの理由で現時点では到達できないことを示し、Retry-After を含むことがあります。ゲートウェイは通常、404 を Q.850 cause 1（unallocated number）に、480 を cause 19（no answer）や 20（subscriber absent）などに対応付けます。</translation>
    </message>
    <message>
        <source>Send 404 when the Request-URI matches no user or number that you are responsible for. Send 480 when the user is provisioned but currently has no usable binding or has asked not to be disturbed.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 404 and 480: implementer</extracomment>
        <translation>Request-URI が自分の担当するユーザーや番号のいずれにも一致しない場合は 404 を送信します。ユーザーはプロビジョニングされているものの、現在使用可能なバインディングがない場合や、応答不可（DND）を設定している場合は 480 を送信します。</translation>
    </message>
    <message>
        <source>A 404 means you should check the dialed string, digit manipulation and the provisioning or routing table of the element that sent it. A 480 means the user exists, so check the registration state, registration expiry and NAT keepalive of the target device.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 404 and 480: troubleshooter</extracomment>
        <translation>404 の場合は、ダイヤルされた文字列、番号変換、それを送信した要素のプロビジョニングやルーティングテーブルを確認してください。480 の場合はユーザーは存在するので、ターゲット端末の登録状態、登録の有効期限、NAT キープアライブを確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:404-484</name>
    <message>
        <source>A 484 Address Incomplete says the Request-URI looks like the beginning of a valid number but has too few digits, and it is the typical answer during overlap dialing, where a gateway sends successive INVITEs with more digits each time until one can be routed. A 404 Not Found says the complete address does not exist in the domain, so adding digits is not expected to help. Gateways map Q.850 cause 28 (invalid number format) to 484 and cause 1 (unallocated number) to 404.</source>
        <comment>note</comment>
        <extracomment>Comparison of 404 and 484: note</extracomment>
        <translation>484 Address Incomplete は、Request-URI が有効な番号の先頭部分のように見えるものの桁数が足りないことを示し、オーバーラップダイヤルでの典型的な応答です。オーバーラップダイヤルでは、ゲートウェイはルーティング可能になるまで、毎回桁を増やしながら INVITE を続けて送信します。404 Not Found は、完全なアドレスがそのドメインに存在しないことを示すため、桁を追加しても解決は期待できません。ゲートウェイは Q.850 cause 28（invalid number format）を 484 に、cause 1（unallocated number）を 404 にマッピングします。</translation>
    </message>
    <message>
        <source>Send 484 when the digits received so far match the start of a longer dial-plan entry and more digits could complete it. Send 404 when the dialed string is complete or cannot match any entry.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 404 and 484: implementer</extracomment>
        <translation>それまでに受信した桁が、より長いダイヤルプランのエントリの先頭と一致し、さらに桁が届けば完成する可能性がある場合は 484 を送信します。ダイヤルされた文字列が完全である場合や、どのエントリにも一致し得ない場合は 404 を送信します。</translation>
    </message>
    <message>
        <source>A 484 points to digit collection, so check the dial plan, inter-digit timers and whether the caller sends digits in overlap or en bloc mode. A 404 points to an unknown or unrouted number, so check the dialed string and the digit manipulation along the path.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 404 and 484: troubleshooter</extracomment>
        <translation>484 は桁収集の問題を示しているので、ダイヤルプラン、桁間タイマー、発信側が桁をオーバーラップ方式と一括送出（en-bloc）方式のどちらで送っているかを確認してください。404 は不明な番号やルーティングされていない番号を示しているので、ダイヤルされた文字列と経路上での番号変換を確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:404-503</name>
    <message>
        <source>A 404 Not Found is a definitive statement about the requested user or number, while a 503 Service Unavailable is a statement about the responding server, which is overloaded, in maintenance or temporarily unable to serve. A 503 may carry Retry-After and makes an RFC 3263 client try the next DNS SRV or address target, whereas a 404 does not trigger that failover. Gateways commonly map Q.850 cause 1 to 404 and causes such as 34, 38, 41 or 42 to 503.</source>
        <comment>note</comment>
        <extracomment>Comparison of 404 and 503: note</extracomment>
        <translation>404 Not Found は要求されたユーザーや番号についての確定的な応答です。一方 503 Service Unavailable は、応答したサーバーが過負荷、メンテナンス中、または一時的にサービスを提供できない状態であることを示すものです。503 は Retry-After を含むことがあり、RFC 3263 に従うクライアントに次の DNS SRV ターゲットまたはアドレスを試させますが、404 ではそのようなフェイルオーバーは発生しません。ゲートウェイは一般に Q.850 cause 1 を 404 に、cause 34、38、41、42 などを 503 にマッピングします。</translation>
    </message>
    <message>
        <source>Send 404 when the target does not exist in your domain. Send 503 when you cannot process the request for a temporary reason of your own, such as overload, maintenance or exhausted outbound capacity, ideally with Retry-After.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 404 and 503: implementer</extracomment>
        <translation>ターゲットが自分のドメインに存在しない場合は 404 を送信します。過負荷、メンテナンス、発信容量の枯渇など、自分側の一時的な理由でリクエストを処理できない場合は、できれば Retry-After を付けて 503 を送信します。</translation>
    </message>
    <message>
        <source>A 404 points to the dial plan or user database, so check the number and the matching routing entry. A 503 points to the health of a server or trunk, so check whether failover to another target happened, the Retry-After value and the load or trunk status of the sender.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 404 and 503: troubleshooter</extracomment>
        <translation>404 はダイヤルプランやユーザーデータベースの問題を示しているので、番号と対応するルーティングエントリを確認してください。503 はサーバーやトランクの状態の問題を示しているので、別のターゲットへのフェイルオーバーが行われたか、Retry-After の値、送信元の負荷やトランクの状態を確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:404-604</name>
    <message>
        <source>A 404 Not Found says the user is not known at the domain or server that answered, while a 604 Does Not Exist Anywhere is an authoritative claim that the user does not exist at all. Because 604 is a 6xx, a forking proxy that receives it cancels its other branches, whereas a 404 on one branch lets the others continue. Gateways usually associate both with Q.850 cause 1 (unallocated number), so the response code and the sending element tell you more than the cause value.</source>
        <comment>note</comment>
        <extracomment>Comparison of 404 and 604: note</extracomment>
        <translation>404 Not Found は、応答したドメインやサーバーではそのユーザーが不明であることを示します。一方 604 Does Not Exist Anywhere は、そのユーザーがどこにも存在しないという権威ある表明です。604 は 6xx であるため、それを受信したフォーキングプロキシは他のブランチをキャンセルしますが、あるブランチでの 404 では他のブランチは継続します。ゲートウェイは通常どちらも Q.850 cause 1（unallocated number）に対応付けるため、cause の値よりも応答コードと送信元の要素のほうが多くのことを教えてくれます。</translation>
    </message>
    <message>
        <source>Send 404 when the user is unknown to you even though another server or branch might know it. Send 604 only when you are authoritative for the user, such as a central directory or number database, and can state that the user does not exist anywhere.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 404 and 604: implementer</extracomment>
        <translation>別のサーバーやブランチがそのユーザーを知っている可能性はあるものの、自分にとっては不明なユーザーである場合は 404 を送信します。604 を送信するのは、中央ディレクトリや番号データベースのように自分がそのユーザーについて権威を持ち、そのユーザーがどこにも存在しないと断言できる場合に限ります。</translation>
    </message>
    <message>
        <source>After a 404, check the dial plan and user data of the sending element and whether other branches were tried. A 604 explains why all forks were cancelled, so verify the authoritative directory or number database that issued it.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 404 and 604: troubleshooter</extracomment>
        <translation>404 の後は、送信元の要素のダイヤルプランとユーザーデータ、および他のブランチが試されたかどうかを確認してください。604 はすべてのフォークがキャンセルされた理由の説明になるので、それを発行した権威あるディレクトリや番号データベースを確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:408-480</name>
    <message>
        <source>A 408 Request Timeout usually means nothing useful came back: either the local transaction generated it when Timer B or Timer F fired, or a proxy produced it when its Timer C expired on a branch. A 480 Temporarily Unavailable is an actual response from a reachable element, typically a proxy or registrar with no current binding for the user or a device in do-not-disturb, and it may include Retry-After. In a capture, a locally generated 408 is preceded by retransmissions that got no reply and is never seen arriving from the next hop, while a 480 arrives as an ordinary response from the element that answered.</source>
        <comment>note</comment>
        <extracomment>Comparison of 408 and 480: note</extracomment>
        <translation>408 Request Timeout は通常、有用な応答が何も返ってこなかったことを意味します。Timer B や Timer F が満了したときにローカルのトランザクションが生成したか、あるブランチで Timer C が満了したときにプロキシが生成したかのいずれかです。480 Temporarily Unavailable は到達可能な要素からの実際の応答で、典型的にはそのユーザーの現在有効なバインディングを持たないプロキシやレジストラ、または応答不可（DND）状態の端末から送信され、Retry-After を含むことがあります。キャプチャでは、ローカルで生成された 408 の前には応答のない再送があり、次ホップから届く様子は見られません。一方 480 は、応答した要素からの通常の応答として届きます。</translation>
    </message>
    <message>
        <source>Generate 408 only when a timeout is the real cause, such as an expired transaction timer or a target lookup that did not complete. Send 480 when you know the user but cannot deliver the call right now, for example because there are no registered contacts or do-not-disturb is active.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 408 and 480: implementer</extracomment>
        <translation>408 は、トランザクションタイマーの満了や完了しなかったターゲットの検索など、タイムアウトが本当の原因である場合にのみ生成します。ユーザーを把握しているものの、登録されたコンタクトがない、応答不可（DND）が有効になっているなどの理由で、今は呼を届けられない場合は 480 を送信します。</translation>
    </message>
    <message>
        <source>A 408 means you should check transport reachability, retransmission behaviour and timer settings toward the next hop. A 480 means the signalling path worked, so check the registration state, registration expiry, NAT bindings and do-not-disturb status of the called user.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 408 and 480: troubleshooter</extracomment>
        <translation>408 の場合は、次ホップへのトランスポートの到達性、再送の動作、タイマー設定を確認してください。480 の場合はシグナリング経路は機能しているので、着信ユーザーの登録状態、登録の有効期限、NAT バインディング、応答不可（DND）の状態を確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:408-503</name>
    <message>
        <source>A 503 Service Unavailable is an explicit response from a server that is alive but refusing work because of overload or maintenance, often with Retry-After. A 408 Request Timeout usually reflects silence, because the client transaction generated it after Timer B or Timer F expired, so the capture shows the request being retransmitted with no response from the next hop. Both conditions make an RFC 3263 client try the next DNS SRV target, but only a 503 proves that the server was reachable.</source>
        <comment>note</comment>
        <extracomment>Comparison of 408 and 503: note</extracomment>
        <translation>503 Service Unavailable は、稼働しているものの過負荷やメンテナンスのために処理を拒否しているサーバーからの明示的な応答で、Retry-After を含むことがよくあります。408 Request Timeout は通常は無応答を反映したもので、Timer B や Timer F の満了後にクライアントトランザクションが生成するため、キャプチャではリクエストが再送され、次ホップからの応答がない様子が見られます。どちらの場合も RFC 3263 に従うクライアントは次の DNS SRV ターゲットを試しますが、サーバーが到達可能だったことを証明するのは 503 だけです。</translation>
    </message>
    <message>
        <source>Send 503 when you are reachable but temporarily unable to serve the request, ideally with Retry-After. Reserve 408 for genuine timeouts, such as an expired transaction timer or a target lookup that could not complete in time.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 408 and 503: implementer</extracomment>
        <translation>到達可能であるものの、一時的にリクエストを処理できない場合は、できれば Retry-After を付けて 503 を送信します。408 は、トランザクションタイマーの満了や時間内に完了できなかったターゲットの検索など、本当のタイムアウトの場合に限って使用します。</translation>
    </message>
    <message>
        <source>A 408 points to network reachability, firewalls, DNS results or a dead next hop. A 503 points to capacity or maintenance on the responding server, so check its load, the Retry-After value and whether traffic moved to another SRV target.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 408 and 503: troubleshooter</extracomment>
        <translation>408 は、ネットワークの到達性、ファイアウォール、DNS の結果、または次ホップのダウンを示しています。503 は応答したサーバーの容量やメンテナンスの問題を示しているので、その負荷、Retry-After の値、トラフィックが別の SRV ターゲットに移ったかどうかを確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:415-488</name>
    <message>
        <source>A 415 Unsupported Media Type rejects the body format named in Content-Type, Content-Encoding or Content-Language, and the response should list what the server accepts in Accept, Accept-Encoding or Accept-Language. A 488 Not Acceptable Here means the body, typically SDP, was understood but the offered session, such as codecs, transport or bandwidth, cannot be used at this location, and it often carries a Warning such as 305 Incompatible media format or 304 Media type not available. Both are 4xx answers, so a forking proxy keeps other branches running after either of them.</source>
        <comment>note</comment>
        <extracomment>Comparison of 415 and 488: note</extracomment>
        <translation>415 Unsupported Media Type は、Content-Type、Content-Encoding、Content-Language で指定されたボディの形式を拒否するもので、応答ではサーバーが受け付けるものを Accept、Accept-Encoding、Accept-Language で示すべきです。488 Not Acceptable Here は、ボディ（通常は SDP）は理解できたものの、コーデック、トランスポート、帯域幅など提示されたセッションがこのロケーションでは使用できないことを意味し、305 Incompatible media format や 304 Media type not available などの Warning を含むことがよくあります。どちらも 4xx の応答なので、フォーキングプロキシはいずれの後も他のブランチを継続します。</translation>
    </message>
    <message>
        <source>Send 415 when you cannot handle the body type at all, for example a multipart or non-SDP body that you do not support. Send 488 when the SDP parses correctly but no offered codec, crypto profile, transport or bandwidth combination is acceptable here.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 415 and 488: implementer</extracomment>
        <translation>サポートしていない multipart や SDP 以外のボディなど、ボディの種類をまったく扱えない場合は 415 を送信します。SDP は正しく解析できるものの、提示されたコーデック、暗号プロファイル、トランスポート、帯域幅のどの組み合わせもここでは受け入れられない場合は 488 を送信します。</translation>
    </message>
    <message>
        <source>With a 415, compare the Content-Type of the request with the Accept header in the response. With a 488, compare the media lines, codecs, crypto and transport profiles in the offer with the capabilities of the rejecting side and read the Warning header.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 415 and 488: troubleshooter</extracomment>
        <translation>415 の場合は、リクエストの Content-Type と応答の Accept ヘッダを比較してください。488 の場合は、オファーのメディア行、コーデック、暗号、トランスポートプロファイルを拒否側の能力と比較し、Warning ヘッダを読んでください。</translation>
    </message>
</context>
<context>
    <name>compare:415-606</name>
    <message>
        <source>A 415 Unsupported Media Type concerns the body format itself, as named in Content-Type or Content-Encoding, and should come with Accept headers listing the supported formats. A 606 Not Acceptable means the body, typically SDP, was understood but the proposed session cannot be accepted anywhere, often with a Warning header giving the reason. A 415 is a 4xx, so a forking proxy continues other branches, while a 606 makes it cancel them.</source>
        <comment>note</comment>
        <extracomment>Comparison of 415 and 606: note</extracomment>
        <translation>415 Unsupported Media Type は、Content-Type や Content-Encoding で示されるボディの形式そのものに関するもので、サポートする形式を列挙した Accept ヘッダを伴うべきです。606 Not Acceptable は、ボディ（通常は SDP）は理解できたものの、提案されたセッションはどこでも受け入れられないことを意味し、多くの場合理由を示す Warning ヘッダを伴います。415 は 4xx なのでフォーキングプロキシは他のブランチを継続しますが、606 を受信するとそれらをキャンセルします。</translation>
    </message>
    <message>
        <source>Send 415 when you do not understand the body type of the request at all. Send 606 when you understand the SDP but its media parameters are unacceptable and you know that no other location of the user would accept them either.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 415 and 606: implementer</extracomment>
        <translation>リクエストのボディの種類をまったく理解できない場合は 415 を送信します。SDP は理解できるもののメディアパラメータが受け入れられず、そのユーザーの他のどのロケーションでも受け入れられないとわかっている場合は 606 を送信します。</translation>
    </message>
    <message>
        <source>A 415 points to body type negotiation, so compare the Content-Type of the request with the Accept header of the response. A 606 points to a global media policy, so read the Warning code and compare the SDP offer with what the rejecting side allows.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 415 and 606: troubleshooter</extracomment>
        <translation>415 はボディの種類のネゴシエーションの問題を示しているので、リクエストの Content-Type と応答の Accept ヘッダを比較してください。606 はグローバルなメディアポリシーを示しているので、Warning コードを読み、SDP オファーを拒否側が許可する内容と比較してください。</translation>
    </message>
</context>
<context>
    <name>compare:422-423</name>
    <message>
        <source>A 422 Session Interval Too Small answers an INVITE or UPDATE whose Session-Expires value is below what the server will accept, and it carries a Min-SE header with the smallest acceptable interval (RFC 4028 session timers). A 423 Interval Too Brief answers a REGISTER, SUBSCRIBE or PUBLISH whose requested expiry is too short, and it carries a Min-Expires header. In both cases the trace should show the client retrying promptly with a value at least as large as the one indicated.</source>
        <comment>note</comment>
        <extracomment>Comparison of 422 and 423: note</extracomment>
        <translation>422 Session Interval Too Small は、Session-Expires の値がサーバーの受け付ける値を下回る INVITE や UPDATE への応答で、受け付け可能な最小の間隔を示す Min-SE ヘッダを含みます（RFC 4028 のセッションタイマー）。423 Interval Too Brief は、要求された有効期限が短すぎる REGISTER、SUBSCRIBE、PUBLISH への応答で、Min-Expires ヘッダを含みます。どちらの場合も、トレースではクライアントが示された値以上の値ですぐに再試行しているはずです。</translation>
    </message>
    <message>
        <source>Send 422 with Min-SE when the session refresh interval requested in an INVITE or UPDATE is below your minimum. Send 423 with Min-Expires when a registration, subscription or publication asks for an expiry shorter than you allow.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 422 and 423: implementer</extracomment>
        <translation>INVITE や UPDATE で要求されたセッションリフレッシュ間隔が自分の最小値を下回る場合は、Min-SE を付けて 422 を送信します。登録、サブスクリプション、パブリケーションで、許容するより短い有効期限が要求された場合は、Min-Expires を付けて 423 を送信します。</translation>
    </message>
    <message>
        <source>A 422 points at session timer settings, so compare Session-Expires and Min-SE on both sides and confirm that the retried request honours them. A 423 points at registration or subscription timers, so check the Expires setting of the user agent and whether it retried with the Min-Expires value.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 422 and 423: troubleshooter</extracomment>
        <translation>422 はセッションタイマーの設定の問題を示しているので、両側の Session-Expires と Min-SE を比較し、再試行されたリクエストがそれらに従っていることを確認してください。423 は登録やサブスクリプションのタイマーの問題を示しているので、UA の Expires 設定と、Min-Expires の値で再試行したかどうかを確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:480-486</name>
    <message>
        <source>A 480 Temporarily Unavailable says the user cannot be reached right now, and it is often sent by a proxy or registrar with no current binding, by a device in do-not-disturb, or by some PBXs when a no-answer timer expires. A 486 Busy Here comes from the endpoint itself and says it is already occupied, usually mapped to Q.850 cause 17, while 480 is commonly associated with causes such as 19 or 20. Both are 4xx, so a forking proxy keeps trying other branches after either one, and both may carry Retry-After.</source>
        <comment>note</comment>
        <extracomment>Comparison of 480 and 486: note</extracomment>
        <translation>480 Temporarily Unavailable はユーザーに今は到達できないことを示し、現在有効なバインディングを持たないプロキシやレジストラ、応答不可（DND）状態の端末、または無応答タイマーが満了した一部の PBX から送信されることがよくあります。486 Busy Here は端末自身から送信され、すでに使用中であることを示し、通常は Q.850 cause 17 にマッピングされます。一方 480 は一般に cause 19 や 20 などに対応付けられます。どちらも 4xx なので、フォーキングプロキシはいずれの後も他のブランチの試行を続け、どちらも Retry-After を含むことがあります。</translation>
    </message>
    <message>
        <source>Send 480 when the user cannot be reached for reasons other than being on a call, such as no registration or do-not-disturb. Send 486 when the endpoint is busy with other calls and cannot accept one more.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 480 and 486: implementer</extracomment>
        <translation>未登録や応答不可（DND）など、通話中以外の理由でユーザーに到達できない場合は 480 を送信します。端末が他の呼で話中で、これ以上呼を受けられない場合は 486 を送信します。</translation>
    </message>
    <message>
        <source>A 480 leads you to check registration, NAT keepalive and the do-not-disturb or no-answer settings of the callee. A 486 leads you to check the callee&apos;s active calls, line or call-waiting limits and any forward-on-busy rules.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 480 and 486: troubleshooter</extracomment>
        <translation>480 の場合は、着信側の登録、NAT キープアライブ、応答不可（DND）や無応答の設定を確認してください。486 の場合は、着信側の通話中の呼、回線数やキャッチホンの上限、話中時転送のルールを確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:480-503</name>
    <message>
        <source>A 480 Temporarily Unavailable is about the called user, who is known but not reachable at the moment, while a 503 Service Unavailable is about the responding server itself being overloaded, in maintenance or out of resources. Both may carry Retry-After, but only 503 makes an RFC 3263 client move on to the next DNS SRV target, and a proxy that received nothing but 503 on its branches is expected to send 500 upstream instead of forwarding the 503. A 480 usually comes from a proxy or registrar that found no binding or from the endpoint itself.</source>
        <comment>note</comment>
        <extracomment>Comparison of 480 and 503: note</extracomment>
        <translation>480 Temporarily Unavailable は着信ユーザーに関するもので、ユーザーは既知であるものの現時点では到達できないことを示します。一方 503 Service Unavailable は、応答したサーバー自体が過負荷、メンテナンス中、またはリソース不足であることに関するものです。どちらも Retry-After を含むことがありますが、RFC 3263 に従うクライアントに次の DNS SRV ターゲットへ移らせるのは 503 だけです。また、ブランチから 503 しか受信しなかったプロキシは、503 を転送するのではなく 500 を上流へ送信することになっています。480 は通常、バインディングを見つけられなかったプロキシやレジストラ、または端末自身から送信されます。</translation>
    </message>
    <message>
        <source>Send 480 when the user exists but has no usable contact or has asked not to be disturbed. Send 503 when your own element cannot accept the request at the moment, and add Retry-After so that clients know when to come back.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 480 and 503: implementer</extracomment>
        <translation>ユーザーは存在するものの使用可能なコンタクトがない場合や、応答不可（DND）を設定している場合は 480 を送信します。自分の要素が現時点でリクエストを受け付けられない場合は 503 を送信し、クライアントが再試行の時期を判断できるよう Retry-After を付けてください。</translation>
    </message>
    <message>
        <source>A 480 sends you to the callee&apos;s registration, presence or do-not-disturb state. A 503 sends you to the load, maintenance state or trunk capacity of the server that sent it, and you should also check whether the client failed over to an alternate target.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 480 and 503: troubleshooter</extracomment>
        <translation>480 の場合は、着信側の登録、プレゼンス、応答不可（DND）の状態を調べてください。503 の場合は、それを送信したサーバーの負荷、メンテナンス状態、トランク容量を調べ、さらにクライアントが代替ターゲットにフェイルオーバーしたかどうかも確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:481-487</name>
    <message>
        <source>A 487 Request Terminated is the final response to the original INVITE after a CANCEL took effect, so the capture shows the CANCEL answered with 200 OK, then the INVITE answered with 487, then an ACK for the 487. A 481 Call/Transaction Does Not Exist answers a request that matches no dialog or transaction at the receiver, such as a CANCEL that arrives after the UAS has discarded the INVITE transaction or a BYE, re-INVITE or NOTIFY for a dialog the far end has forgotten. The CSeq method of the response shows which request failed: a 487 is always paired with the INVITE, while a 481 carries the method of the unmatched request.</source>
        <comment>note</comment>
        <extracomment>Comparison of 481 and 487: note</extracomment>
        <translation>487 Request Terminated は、CANCEL が有効になった後に元の INVITE に返される最終応答です。そのためキャプチャでは、CANCEL に 200 OK が返され、次に INVITE に 487 が返され、その後 487 に対する ACK が続きます。481 Call/Transaction Does Not Exist は、受信側のどのダイアログやトランザクションにも一致しないリクエストへの応答で、たとえば UAS が INVITE トランザクションを破棄した後に届いた CANCEL や、遠端がすでに忘れたダイアログに対する BYE、re-INVITE、NOTIFY などに返されます。失敗したリクエストは応答の CSeq のメソッドでわかります。487 は常に INVITE と対になり、481 には一致しなかったリクエストのメソッドが入ります。</translation>
    </message>
    <message>
        <source>Send 487 to a pending INVITE once you have accepted a matching CANCEL and answered that CANCEL with 200 OK. Send 481 when an in-dialog request or a CANCEL matches no dialog or transaction that you hold.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 481 and 487: implementer</extracomment>
        <translation>一致する CANCEL を受け付けて、その CANCEL に 200 OK で応答した後、保留中の INVITE に 487 を送信します。ダイアログ内リクエストや CANCEL が、自分の保持するどのダイアログやトランザクションにも一致しない場合は 481 を送信します。</translation>
    </message>
    <message>
        <source>A 487 is usually the normal trace of a caller hanging up before answer or of a forking proxy cancelling the losing branches. A 481 suggests lost or mismatched state, so check for restarts, tags or Call-ID altered by a B2BUA or SBC, and requests routed to a different node of a cluster than the one holding the dialog.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 481 and 487: troubleshooter</extracomment>
        <translation>487 は通常、発信者が応答前に切断した場合や、フォーキングプロキシが選ばれなかったブランチをキャンセルした場合の正常なトレースです。481 は状態の喪失や不一致を示唆しているので、再起動、B2BUA や SBC によるタグや Call-ID の書き換え、ダイアログを保持するノードとは別のクラスタノードへのリクエストのルーティングがないかを確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:486-600</name>
    <message>
        <source>Both normally come from the called side in answer to an INVITE, both may carry Retry-After, and a gateway usually tags either one with Reason: Q.850;cause=17 (user busy). The difference shows at a forking proxy: a 486 Busy Here closes only the branch that returned it while the other branches keep ringing, whereas 600 Busy Everywhere is a 6xx, so the proxy sends CANCEL to every other pending branch and passes the 600 upstream. Seeing those CANCELs right after the final response is the quickest way to confirm the global effect.</source>
        <comment>note</comment>
        <extracomment>Comparison of 486 and 600: note</extracomment>
        <translation>どちらも通常は INVITE への応答として着信側から送信され、どちらも Retry-After を含むことがあり、ゲートウェイは通常どちらにも Reason: Q.850;cause=17（user busy）を付けます。違いはフォーキングプロキシで現れます。486 Busy Here はそれを返したブランチだけを閉じ、他のブランチは鳴り続けますが、600 Busy Everywhere は 6xx なので、プロキシは保留中の他のすべてのブランチに CANCEL を送信し、600 を上流へ転送します。最終応答の直後にこれらの CANCEL が見られることが、グローバルな効果を確認する最も手早い方法です。</translation>
    </message>
    <message>
        <source>Send 486 Busy Here when this particular device or line cannot take another call although the user may be reachable on other devices. Send 600 Busy Everywhere only when you know that none of the user&apos;s other devices or locations could accept the call, for example from a central call-control or presence server that tracks all of them.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 486 and 600: implementer</extracomment>
        <translation>ユーザーは他の端末で到達できる可能性があるものの、この端末や回線がこれ以上呼を受けられない場合は 486 Busy Here を送信します。600 Busy Everywhere を送信するのは、ユーザーの他のどの端末やロケーションでも呼を受けられないとわかっている場合に限ります。たとえば、すべての端末を把握している中央の呼制御サーバーやプレゼンスサーバーから送信する場合です。</translation>
    </message>
    <message>
        <source>A 486 says one endpoint was busy, so check whether other forks were tried and how they ended. A 600 says the call was stopped for every location, so find the element that generated it and verify that its view of the user&apos;s other devices was correct.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 486 and 600: troubleshooter</extracomment>
        <translation>486 は 1 つの端末が話中だったことを示すので、他のフォークが試されたかどうか、それらがどのように終わったかを確認してください。600 はすべてのロケーションで呼が止められたことを示すので、それを生成した要素を特定し、その要素が把握しているユーザーの他の端末の状態が正しかったかを確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:486-603</name>
    <message>
        <source>Both are final responses to INVITE from the callee side, but 486 Busy Here means the endpoint is occupied while 603 Decline means the user or a policy acting for the user refused the call, and gateways typically mark them with Q.850 cause 17 and cause 21 respectively. Because 603 is a 6xx, a forking proxy cancels all other branches when it arrives, whereas after a 486 the remaining branches keep ringing. Either one may include Retry-After to suggest a better time to call.</source>
        <comment>note</comment>
        <extracomment>Comparison of 486 and 603: note</extracomment>
        <translation>どちらも着信側からの INVITE への最終応答ですが、486 Busy Here は端末が使用中であることを意味し、603 Decline はユーザーまたはユーザーに代わるポリシーが呼を拒否したことを意味します。ゲートウェイは通常それぞれ Q.850 cause 17、cause 21 を付けます。603 は 6xx なので、それを受信したフォーキングプロキシは他のすべてのブランチをキャンセルしますが、486 の後は残りのブランチが鳴り続けます。どちらも、より都合のよい発信時期を示すために Retry-After を含むことがあります。</translation>
    </message>
    <message>
        <source>Send 486 when the device has no free line or call appearance for another call. Send 603 when the user explicitly rejects the call or a screening rule decides the call must not be completed at any location.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 486 and 603: implementer</extracomment>
        <translation>端末に別の呼のための空き回線やコールアピアランスがない場合は 486 を送信します。ユーザーが明示的に呼を拒否した場合や、スクリーニングのルールにより、どのロケーションでも呼を完了させてはならないと判断した場合は 603 を送信します。</translation>
    </message>
    <message>
        <source>A 486 points to a busy endpoint, so check call-waiting settings, line limits and whether other forks were attempted. A 603 means the call was deliberately refused and the other forks were cancelled, so check the user&apos;s reject action and any call screening or blocking rules, keeping in mind that phone vendors differ in which code their reject button sends.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 486 and 603: troubleshooter</extracomment>
        <translation>486 は話中の端末を示しているので、キャッチホンの設定、回線数の上限、他のフォークが試されたかどうかを確認してください。603 は呼が意図的に拒否され、他のフォークがキャンセルされたことを意味するので、ユーザーの拒否操作や着信スクリーニング、着信拒否のルールを確認してください。その際、拒否ボタンで送信されるコードは電話機のベンダーによって異なることに注意してください。</translation>
    </message>
</context>
<context>
    <name>compare:488-606</name>
    <message>
        <source>Both reject the session description, usually SDP in an INVITE or re-INVITE, and both commonly carry a Warning header such as 305 Incompatible media format or 370 Insufficient bandwidth. A 488 Not Acceptable Here applies only to the location that sent it, so a forking proxy keeps other branches alive, whereas 606 Not Acceptable is a 6xx and makes the proxy cancel all pending branches. When either one answers a re-INVITE, the existing session stays as it was before the attempt.</source>
        <comment>note</comment>
        <extracomment>Comparison of 488 and 606: note</extracomment>
        <translation>どちらもセッション記述（通常は INVITE や re-INVITE 内の SDP）を拒否するもので、どちらも 305 Incompatible media format や 370 Insufficient bandwidth などの Warning ヘッダを含むことがよくあります。488 Not Acceptable Here はそれを送信したロケーションだけに適用されるため、フォーキングプロキシは他のブランチを維持しますが、606 Not Acceptable は 6xx なので、プロキシは保留中のすべてのブランチをキャンセルします。どちらかが re-INVITE への応答である場合、既存のセッションは試行前の状態のまま維持されます。</translation>
    </message>
    <message>
        <source>Send 488 when this endpoint cannot support the offered media but another device of the same user might. Send 606 only when you know that the offered session cannot be accepted at any location of this user.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 488 and 606: implementer</extracomment>
        <translation>この端末は提示されたメディアをサポートできないものの、同じユーザーの別の端末ならサポートできる可能性がある場合は 488 を送信します。606 を送信するのは、提示されたセッションがこのユーザーのどのロケーションでも受け入れられないとわかっている場合に限ります。</translation>
    </message>
    <message>
        <source>A 488 tells you to compare codecs, crypto and transport between the offer and the rejecting endpoint, and to check whether other forks succeeded. A 606 explains sudden CANCELs on parallel branches, so locate the element that issued it and verify that its media policy is really meant to apply globally.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 488 and 606: troubleshooter</extracomment>
        <translation>488 の場合は、オファーと拒否した端末の間でコーデック、暗号、トランスポートを比較し、他のフォークが成功したかどうかを確認してください。606 は並列ブランチで突然 CANCEL が送られた理由の説明になるので、それを発行した要素を特定し、そのメディアポリシーが本当にグローバルに適用されるべきものかを確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:491-500</name>
    <message>
        <source>A 491 Request Pending answers a re-INVITE or UPDATE that collides with one the receiver has itself sent on the same dialog and not yet completed, which is the classic glare case. A 500 Server Internal Error with Retry-After is what RFC 3261 requires when a UAS receives a second INVITE on a dialog before it has sent a final response to an earlier INVITE with a lower CSeq. After a 491 the UAC waits a random time before retrying, between 2100 and 4000 ms if it generated the Call-ID and up to 2000 ms otherwise (RFC 3261 section 14.1), while after a 500 it follows the Retry-After value.</source>
        <comment>note</comment>
        <extracomment>Comparison of 491 and 500: note</extracomment>
        <translation>491 Request Pending は、受信側自身が同じダイアログ上で送信してまだ完了していない re-INVITE や UPDATE と衝突した re-INVITE や UPDATE への応答で、典型的なグレアのケースです。Retry-After 付きの 500 Server Internal Error は、UAS が、CSeq の小さい以前の INVITE に最終応答を送信する前に、同じダイアログ上で 2 つ目の INVITE を受信した場合に RFC 3261 が要求するものです。491 の後、UAC は再試行までランダムな時間待機します。その時間は、自分が Call-ID を生成した場合は 2100～4000 ms、それ以外の場合は最大 2000 ms です（RFC 3261 の 14.1 節）。一方 500 の後は Retry-After の値に従います。</translation>
    </message>
    <message>
        <source>Send 491 when a re-INVITE or UPDATE arrives while your own offer on the same dialog is still outstanding. Send 500 with a random Retry-After of up to 10 seconds when a new INVITE arrives on a dialog before you have answered the previous INVITE.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 491 and 500: implementer</extracomment>
        <translation>同じダイアログ上の自分のオファーがまだ未完了のときに re-INVITE や UPDATE が届いた場合は 491 を送信します。以前の INVITE に応答する前に、同じダイアログ上で新しい INVITE が届いた場合は、最大 10 秒のランダムな Retry-After を付けて 500 を送信します。</translation>
    </message>
    <message>
        <source>A 491 shows that both sides tried to modify the session at the same time, for example simultaneous hold or codec changes, so check that each side backed off and that one retry then succeeded. A 500 to a re-INVITE that comes with Retry-After suggests overlapping INVITEs from one side, so check the re-INVITE timing of the sender and whether it honours Retry-After.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 491 and 500: troubleshooter</extracomment>
        <translation>491 は、たとえば保留やコーデック変更が同時に行われたなど、両側が同時にセッションを変更しようとしたことを示すので、それぞれの側が待機し、その後 1 回の再試行が成功したことを確認してください。re-INVITE への Retry-After 付きの 500 は、一方の側からの INVITE が重なったことを示唆しているので、送信側の re-INVITE のタイミングと、Retry-After に従っているかどうかを確認してください。</translation>
    </message>
</context>
<context>
    <name>compare:500-503</name>
    <message>
        <source>A 500 Server Internal Error reports an unexpected failure inside the responding element, while a 503 Service Unavailable reports a temporary inability to serve, such as overload or maintenance, and may include Retry-After. A 503 makes an RFC 3263 client fail over to the next DNS SRV target, and RFC 3261 tells a client to handle a 503 without Retry-After as if it were a 500. A proxy that received only 503 responses downstream is expected to send 500 upstream rather than forward the 503, so a 500 in the trace may hide a downstream 503.</source>
        <comment>note</comment>
        <extracomment>Comparison of 500 and 503: note</extracomment>
        <translation>500 Server Internal Error は応答した要素の内部で予期しない障害が起きたことを通知し、503 Service Unavailable は過負荷やメンテナンスなどにより一時的にサービスを提供できないことを通知するもので、Retry-After を含むことがあります。503 は RFC 3263 に従うクライアントを次の DNS SRV ターゲットへフェイルオーバーさせます。また RFC 3261 は、Retry-After のない 503 を 500 と同様に扱うようクライアントに求めています。下流から 503 応答しか受信しなかったプロキシは、503 を転送せずに 500 を上流へ送信することになっているため、トレース上の 500 の背後に下流の 503 が隠れている場合があります。</translation>
    </message>
    <message>
        <source>Send 500 for internal errors such as exceptions or failed lookups in your own logic, optionally with Retry-After if the condition is transient. Send 503 with Retry-After when you are deliberately shedding load or are out of service, so that clients move to other servers.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 500 and 503: implementer</extracomment>
        <translation>例外や自身のロジック内での検索の失敗などの内部エラーには 500 を送信し、状況が一時的なものであれば必要に応じて Retry-After を付けます。意図的に負荷を制限（ロードシェディング）している場合やサービス停止中の場合は、クライアントが他のサーバーへ移るよう、Retry-After を付けて 503 を送信します。</translation>
    </message>
    <message>
        <source>A 500 calls for the sender&apos;s logs and for checking whether a downstream 503 was converted on the way. A 503 calls for checking load, maintenance, license or trunk limits on the sender and whether clients failed over correctly.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 500 and 503: troubleshooter</extracomment>
        <translation>500 の場合は、送信元のログを調べ、下流の 503 が途中で変換されていないかを確認する必要があります。503 の場合は、送信元の負荷、メンテナンス、ライセンスやトランクの上限を確認し、クライアントが正しくフェイルオーバーしたかを確認する必要があります。</translation>
    </message>
</context>
<context>
    <name>compare:600-603</name>
    <message>
        <source>Both are 6xx global failures, so a forking proxy that receives either one cancels its other pending branches and forwards the 6xx upstream, and both may carry Retry-After. A 600 Busy Everywhere says the user is occupied and is usually mapped to Q.850 cause 17 at a gateway, whereas 603 Decline says the user does not want the call and maps to cause 21. Reject buttons and call-screening services usually produce 603, so 600 is the rarer of the two in real traces.</source>
        <comment>note</comment>
        <extracomment>Comparison of 600 and 603: note</extracomment>
        <translation>どちらも 6xx のグローバル失敗なので、いずれかを受信したフォーキングプロキシは保留中の他のブランチをキャンセルして 6xx を上流へ転送し、どちらも Retry-After を含むことがあります。600 Busy Everywhere はユーザーが使用中であることを示し、ゲートウェイでは通常 Q.850 cause 17 にマッピングされます。一方 603 Decline はユーザーが呼を望んでいないことを示し、cause 21 にマッピングされます。拒否ボタンや着信スクリーニングサービスは通常 603 を生成するため、実際のトレースでは 600 のほうがまれです。</translation>
    </message>
    <message>
        <source>Send 600 when the user is known to be busy on every device and trying elsewhere is pointless. Send 603 when the user, or a policy acting for the user, refuses the call regardless of availability.</source>
        <comment>implementer</comment>
        <extracomment>Comparison of 600 and 603: implementer</extracomment>
        <translation>ユーザーがすべての端末で話中であることがわかっていて、他を試しても意味がない場合は 600 を送信します。ユーザーまたはユーザーに代わるポリシーが、応答可能かどうかにかかわらず呼を拒否する場合は 603 を送信します。</translation>
    </message>
    <message>
        <source>Either code explains why parallel forks suddenly received CANCEL, so first identify which branch returned the 6xx. A 600 leads you to presence or busy-state logic, while a 603 leads you to the user&apos;s reject action, do-not-disturb handling or call-blocking configuration.</source>
        <comment>troubleshooter</comment>
        <extracomment>Comparison of 600 and 603: troubleshooter</extracomment>
        <translation>どちらのコードも、並列のフォークに突然 CANCEL が届いた理由の説明になるので、まずどのブランチが 6xx を返したかを特定してください。600 の場合はプレゼンスや話中状態の判定ロジックを、603 の場合はユーザーの拒否操作、応答不可（DND）の処理、着信拒否の設定を調べてください。</translation>
    </message>
</context>
<context>
    <name>mapping</name>
    <message>
        <source>Applies only when the gateway cannot answer the challenge itself; a gateway that holds credentials should resend the INVITE with them and continue the call instead of releasing it.</source>
        <comment>sip 401 to cause 21</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>ゲートウェイ自身がチャレンジに応答できない場合にのみ適用されます。認証情報を保持しているゲートウェイは、呼を解放せずに認証情報を付けて INVITE を再送し、呼を継続すべきです。</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 406 to cause 79</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>RFC では、ゲートウェイが拒否されたリクエストを修正してセッションを再度発信することを推奨しており、それが不可能な場合にのみこの cause で ISUP 側を解放します。</translation>
    </message>
    <message>
        <source>Applies only when the gateway cannot answer the challenge itself; a gateway that holds credentials should resend the INVITE with them and continue the call instead of releasing it.</source>
        <comment>sip 407 to cause 21</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>ゲートウェイ自身がチャレンジに応答できない場合にのみ適用されます。認証情報を保持しているゲートウェイは、呼を解放せずに認証情報を付けて INVITE を再送し、呼を継続すべきです。</translation>
    </message>
    <message>
        <source>The RFC uses the variant of cause 22 without a diagnostic.</source>
        <comment>sip 410 to cause 22</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>RFC では、新番号を示す診断情報を含まない cause 22 を使用します。</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 413 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>RFC では、ゲートウェイが拒否されたリクエストを修正してセッションを再度発信することを推奨しており、それが不可能な場合にのみこの cause で ISUP 側を解放します。</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 414 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>RFC では、ゲートウェイが拒否されたリクエストを修正してセッションを再度発信することを推奨しており、それが不可能な場合にのみこの cause で ISUP 側を解放します。</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 415 to cause 79</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>RFC では、ゲートウェイが拒否されたリクエストを修正してセッションを再度発信することを推奨しており、それが不可能な場合にのみこの cause で ISUP 側を解放します。</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 416 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>RFC では、ゲートウェイが拒否されたリクエストを修正してセッションを再度発信することを推奨しており、それが不可能な場合にのみこの cause で ISUP 側を解放します。</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 420 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>RFC では、ゲートウェイが拒否されたリクエストを修正してセッションを再度発信することを推奨しており、それが不可能な場合にのみこの cause で ISUP 側を解放します。</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 421 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>RFC では、ゲートウェイが拒否されたリクエストを修正してセッションを再度発信することを推奨しており、それが不可能な場合にのみこの cause で ISUP 側を解放します。</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 423 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>RFC では、ゲートウェイが拒否されたリクエストを修正してセッションを再度発信することを推奨しており、それが不可能な場合にのみこの cause で ISUP 側を解放します。</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 484 to cause 28</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>RFC では、ゲートウェイが拒否されたリクエストを修正してセッションを再度発信することを推奨しており、それが不可能な場合にのみこの cause で ISUP 側を解放します。</translation>
    </message>
    <message>
        <source>The RFC gives no cause for 487; the gateway normally only receives it after cancelling the INVITE itself.</source>
        <comment>sip 487 to cause none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>RFC では 487 に対応する cause は定められていません。通常、ゲートウェイが 487 を受信するのは自ら INVITE をキャンセルした後だけです。</translation>
    </message>
    <message>
        <source>No fixed cause: the RFC picks it from the Warning header, recommending 31 by default for most warn-codes and 65 when the warning indicates an unavailable bearer capability.</source>
        <comment>sip 488 to cause none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>固定の cause はありません。RFC では Warning ヘッダから cause を選択し、ほとんどの warn-code にはデフォルトで 31 を、伝達能力が利用できないことを示す警告には 65 を推奨しています。</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 505 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>RFC では、ゲートウェイが拒否されたリクエストを修正してセッションを再度発信することを推奨しており、それが不可能な場合にのみこの cause で ISUP 側を解放します。</translation>
    </message>
    <message>
        <source>The RFC prefers that the gateway correct the rejected request and originate the session again; it releases the ISUP side with this cause only when that is not possible.</source>
        <comment>sip 513 to cause 127</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>RFC では、ゲートウェイが拒否されたリクエストを修正してセッションを再度発信することを推奨しており、それが不可能な場合にのみこの cause で ISUP 側を解放します。</translation>
    </message>
    <message>
        <source>No fixed cause: the RFC picks it from the Warning header, recommending 31 by default for most warn-codes and 65 when the warning indicates an unavailable bearer capability.</source>
        <comment>sip 606 to cause none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>固定の cause はありません。RFC では Warning ヘッダから cause を選択し、ほとんどの warn-code にはデフォルトで 31 を、伝達能力が利用できないことを示す警告には 65 を推奨しています。</translation>
    </message>
    <message>
        <source>No error response is defined: the gateway normally turns this cause into a BYE, or a CANCEL if the call was not yet answered.</source>
        <comment>cause 16 to sip none</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>エラーレスポンスは定義されていません。ゲートウェイは通常この cause を BYE に変換し、呼がまだ応答されていない場合は CANCEL に変換します。</translation>
    </message>
    <message>
        <source>When the cause location says the user rejected the call, the RFC allows 603 Decline to be sent instead of 403.</source>
        <comment>cause 21 to sip 403</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>cause の location がユーザによる呼の拒否を示す場合、RFC では 403 の代わりに 603 Decline を送信することを認めています。</translation>
    </message>
    <message>
        <source>This row is for a REL without a diagnostic giving the new number.</source>
        <comment>cause 22 to sip 410</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>この行は、新番号を示す診断情報を含まない REL に対するものです。</translation>
    </message>
    <message>
        <source>This row is for a REL whose diagnostic holds the new number; that number becomes the Contact of the 301.</source>
        <comment>cause 22 to sip 301</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>この行は、診断情報に新番号を含む REL に対するものです。その番号が 301 の Contact になります。</translation>
    </message>
    <message>
        <source>The RFC marks this row as following an ANSI procedure.</source>
        <comment>cause 26 to sip 404</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>RFC では、この行は ANSI の手順に従うものとされています。</translation>
    </message>
    <message>
        <source>The published table prints this row as &quot;510 Not implemented&quot;; 510 is not a registered SIP status code, so 501 Not Implemented is the intended response and is what implementations such as Asterisk and OPAL use.</source>
        <comment>cause 29 to sip 501</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>公開されている表ではこの行が「510 Not implemented」と記載されていますが、510 は登録済みの SIP ステータスコードではありません。意図されているレスポンスは 501 Not Implemented であり、Asterisk や OPAL などの実装でも 501 が使われています。</translation>
    </message>
    <message>
        <source>FreeSWITCH (hangup_cause_to_sip in mod_sofia) answers CALL_REJECTED with 603 Decline whatever the cause location, a deviation from RFC 3398, which gives 403 and allows 603 only for a user location.</source>
        <comment>FreeSWITCH cause 21 to sip 603</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>FreeSWITCH（mod_sofia の hangup_cause_to_sip）は、cause の location にかかわらず CALL_REJECTED に対して 603 Decline を返します。これは、403 を規定し、603 はユーザ location の場合にのみ認めている RFC 3398 とは異なる動作です。</translation>
    </message>
    <message>
        <source>Current FreeSWITCH releases map INCOMPATIBLE_DESTINATION to 488 Not Acceptable Here, grouped with bearer capability not implemented, a deviation from the 503 in RFC 3398.</source>
        <comment>FreeSWITCH cause 88 to sip 488</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>現行の FreeSWITCH では INCOMPATIBLE_DESTINATION を、伝達能力未提供（bearer capability not implemented）と同じグループとして 488 Not Acceptable Here にマッピングしています。これは RFC 3398 の 503 とは異なる動作です。</translation>
    </message>
    <message>
        <source>FreeSWITCH has no explicit case for INTERWORKING, so it falls through to the default 480 Temporarily Unavailable, a deviation from the 500 in RFC 3398; other unlisted causes such as 111 get 480 the same way.</source>
        <comment>FreeSWITCH cause 127 to sip 480</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>FreeSWITCH には INTERWORKING に対する明示的な分岐がないため、デフォルトの 480 Temporarily Unavailable になります。これは RFC 3398 の 500 とは異なる動作です。111 など、一覧にないその他の cause も同様に 480 になります。</translation>
    </message>
    <message>
        <source>Asterisk chan_pjsip sends 488 Not Acceptable Here for BEARERCAPABILITY_NOTAVAIL, which it uses when no common codec exists, a deviation from the 503 in RFC 3398.</source>
        <comment>Asterisk cause 58 to sip 488</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Asterisk の chan_pjsip は、共通のコーデックが存在しない場合に使用する BEARERCAPABILITY_NOTAVAIL に対して 488 Not Acceptable Here を送信します。これは RFC 3398 の 503 とは異なる動作です。</translation>
    </message>
    <message>
        <source>Asterisk chan_pjsip turns a received 503 into AST_CAUSE_CONGESTION (34), a deviation from RFC 3398, which maps 503 to cause 41.</source>
        <comment>Asterisk sip 503 to cause 34</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Asterisk の chan_pjsip は、受信した 503 を AST_CAUSE_CONGESTION（34）に変換します。これは、503 を cause 41 にマッピングする RFC 3398 とは異なる動作です。</translation>
    </message>
    <message>
        <source>Asterisk chan_pjsip maps a received 488 (and 606) to BEARERCAPABILITY_NOTAVAIL (58) without looking at the Warning header, a deviation from RFC 3398, which derives the cause from the Warning (31 by default, 65 for bearer problems).</source>
        <comment>Asterisk sip 488 to cause 58</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>Asterisk の chan_pjsip は、受信した 488（および 606）を Warning ヘッダを参照せずに BEARERCAPABILITY_NOTAVAIL（58）にマッピングします。これは、Warning から cause を導出する（デフォルトは 31、伝達能力の問題では 65）RFC 3398 とは異なる動作です。</translation>
    </message>
    <message>
        <source>FreeSWITCH (hangup_cause_to_sip in mod_sofia) has no case for RESOURCE_UNAVAILABLE, so cause 47 falls through to its default, 480 Temporarily Unavailable, where RFC 3398 gives 503.</source>
        <comment>FreeSWITCH cause 47 to sip 480</comment>
        <extracomment>Note on an RFC 3398 mapping row</extracomment>
        <translation>FreeSWITCH（mod_sofia の hangup_cause_to_sip）には RESOURCE_UNAVAILABLE に対応する case がないため、cause 47 はデフォルトの 480 Temporarily Unavailable にフォールスルーします。RFC 3398 では 503 とされています。</translation>
    </message>
</context>
<context>
    <name>q850:1</name>
    <message>
        <source>Unallocated (unassigned) number</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>欠番（未割当番号）</translation>
    </message>
    <message>
        <source>The dialled number is well formed but is not assigned to any subscriber.</source>
        <comment>summary</comment>
        <translation>ダイヤルされた番号の形式は正しいものの、どの加入者にも割り当てられていません。</translation>
    </message>
    <message>
        <source>The called number passes format checks but no line or service is assigned to it in the terminating network. RFC 3398 renders it as 404 Not Found.</source>
        <comment>description</comment>
        <translation>着番号は形式チェックを通過しますが、着信側の網でその番号に回線やサービスが割り当てられていません。RFC 3398 では 404 Not Found に対応付けられています。</translation>
    </message>
    <message>
        <source>A carrier answers the INVITE with 404 and Reason: Q.850;cause=1 when the DID has been disconnected or the dial plan built a wrong but valid-looking number.</source>
        <comment>seenWhen</comment>
        <translation>DID が解約済みの場合や、ダイヤルプランが一見正しいものの誤った番号を生成した場合に、キャリアが INVITE に対して 404 と Reason: Q.850;cause=1 を返します。</translation>
    </message>
    <message>
        <source>The terminating exchange or a carrier SBC that finds no assignment for the number; PBXs also use it when an extension does not exist.</source>
        <comment>sentBy</comment>
        <translation>番号の割り当てが見つからない着信側交換機またはキャリアの SBC です。内線が存在しない場合に PBX がこの cause を使うこともあります。</translation>
    </message>
    <message>
        <source>Retrying the same number will fail the same way. Only retry after correcting the digits or the number translation.</source>
        <comment>retryNote</comment>
        <translation>同じ番号に再試行しても同じように失敗します。ダイヤル桁または番号変換を修正してから再試行してください。</translation>
    </message>
    <message>
        <source>Check the Request-URI user part against the number actually dialled, including country code and E.164 normalisation.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Request-URI のユーザ部を、国番号や E.164 正規化も含めて、実際にダイヤルされた番号と照合してください。</translation>
    </message>
    <message>
        <source>Dial the same number from a mobile or another carrier to see whether it is really unassigned.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>携帯電話や別のキャリアから同じ番号に発信し、本当に欠番かどうかを確認してください。</translation>
    </message>
    <message>
        <source>If the number should exist, open a ticket with the terminating carrier with the Call-ID and timestamp.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>番号が存在するはずであれば、Call-ID とタイムスタンプを添えて着信側キャリアに問い合わせてください。</translation>
    </message>
    <message>
        <source>Carries cause=1; the location field shows which network decided the number is unassigned.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=1 が入ります。location フィールドから、どの網が欠番と判断したかがわかります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 3 means the number may exist but this network cannot route to it.</source>
        <comment>related q850:3</comment>
        <extracomment>How q850:3 differs</extracomment>
        <translation>cause 3 は、番号は存在する可能性があるものの、この網からはルーティングできないことを示します。</translation>
    </message>
    <message>
        <source>Cause 22 says the number existed but has changed.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>cause 22 は、番号は存在していたが変更されたことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:100</name>
    <message>
        <source>Invalid information element contents</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>情報要素内容無効</translation>
    </message>
    <message>
        <source>An information element was recognised but its contents are coded wrongly.</source>
        <comment>summary</comment>
        <translation>情報要素は認識されましたが、その内容が誤ってコーディングされています。</translation>
    </message>
    <message>
        <source>The equipment implements the information element, but one or more fields are coded in a way it does not implement. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>装置はその情報要素を実装していますが、1 つ以上のフィールドが装置の実装していない方法でコーディングされています。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen when a calling or called number from SIP contains characters or a numbering plan the PSTN side cannot encode, for example a plus sign or letters in the digits.</source>
        <comment>seenWhen</comment>
        <translation>SIP から渡された発番号または着番号に、PSTN 側でエンコードできない文字や番号計画が含まれている場合（たとえば数字中のプラス記号や英字）に見られます。</translation>
    </message>
    <message>
        <source>Gateways and exchanges validating element contents.</source>
        <comment>sentBy</comment>
        <translation>情報要素の内容を検証するゲートウェイや交換機です。</translation>
    </message>
    <message>
        <source>Retry after correcting the offending field.</source>
        <comment>retryNote</comment>
        <translation>問題のあるフィールドを修正してから再試行してください。</translation>
    </message>
    <message>
        <source>Check the digits in From, P-Asserted-Identity and the Request-URI for non-numeric characters.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>From、P-Asserted-Identity、Request-URI の番号に数字以外の文字が含まれていないか確認してください。</translation>
    </message>
    <message>
        <source>Set the type of number and numbering plan correctly on the gateway.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>ゲートウェイで番号種別と番号計画を正しく設定してください。</translation>
    </message>
    <message>
        <source>Retry with clean digits.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>正しい数字のみで再試行してください。</translation>
    </message>
    <message>
        <source>Carries cause=100; the diagnostic may name the element.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=100 が入ります。診断情報に該当する情報要素が示されている場合があります。</translation>
    </message>
    <message>
        <source>Cause 96 means the element is missing.</source>
        <comment>related q850:96</comment>
        <extracomment>How q850:96 differs</extracomment>
        <translation>cause 96 は、情報要素が欠落していることを示します。</translation>
    </message>
    <message>
        <source>Cause 99 means the element is unknown.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>cause 99 は、情報要素が未定義であることを示します。</translation>
    </message>
    <message>
        <source>Cause 28 is the specific called number format error.</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation>cause 28 は、着番号の形式誤りに特化した cause です。</translation>
    </message>
</context>
<context>
    <name>q850:101</name>
    <message>
        <source>Message not compatible with call state</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>呼状態とメッセージ不一致</translation>
    </message>
    <message>
        <source>A message arrived that is not allowed in the current call state.</source>
        <comment>summary</comment>
        <translation>現在の呼状態では許可されていないメッセージを受信しました。</translation>
    </message>
    <message>
        <source>The equipment received a message that its procedures do not permit in the current call state. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>装置は、現在の呼状態ではその手順上許可されていないメッセージを受信しました。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen from PRI or ISUP gateways after signalling races, such as a release crossing a connect, relayed in a Reason header.</source>
        <comment>seenWhen</comment>
        <translation>切断と応答の交差など、シグナリングの競合が発生した後に PRI または ISUP ゲートウェイから送られ、Reason ヘッダで中継されるのが見られます。</translation>
    </message>
    <message>
        <source>ISDN or ISUP equipment.</source>
        <comment>sentBy</comment>
        <translation>ISDN または ISUP の装置です。</translation>
    </message>
    <message>
        <source>A new attempt may succeed; the fault is in the state of one call.</source>
        <comment>retryNote</comment>
        <translation>障害は 1 つの呼の状態に起因するため、新たに発信すれば成功する可能性があります。</translation>
    </message>
    <message>
        <source>Capture the TDM trace and look for crossing messages.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>TDM のトレースを取得し、交差しているメッセージがないか確認してください。</translation>
    </message>
    <message>
        <source>Check timers and timing of call tear-down on both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>双方のタイマと呼の切断処理のタイミングを確認してください。</translation>
    </message>
    <message>
        <source>Update gateway firmware if the behaviour is a known defect.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>既知の不具合による動作であれば、ゲートウェイのファームウェアを更新してください。</translation>
    </message>
    <message>
        <source>Carries cause=101.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=101 が入ります。</translation>
    </message>
    <message>
        <source>Cause 98 combines this case with unknown message types.</source>
        <comment>related q850:98</comment>
        <extracomment>How q850:98 differs</extracomment>
        <translation>cause 98 は、このケースとメッセージ種別未定義のケースをまとめたものです。</translation>
    </message>
    <message>
        <source>Cause 81 is an unknown call reference.</source>
        <comment>related q850:81</comment>
        <extracomment>How q850:81 differs</extracomment>
        <translation>cause 81 は、未知の呼番号（コールリファレンス）です。</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>cause 111 は、汎用的なプロトコル誤りです。</translation>
    </message>
</context>
<context>
    <name>q850:102</name>
    <message>
        <source>Recovery on timer expiry</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>タイマ満了による回復</translation>
    </message>
    <message>
        <source>A protocol timer expired and error recovery cleared the call.</source>
        <comment>summary</comment>
        <translation>プロトコルタイマが満了し、エラー回復処理によって呼が解放されました。</translation>
    </message>
    <message>
        <source>A procedure was started because a timer expired during error handling. RFC 3398 renders it as 504 Server Time-out and uses it for 408 and 504 in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation>エラー処理中にタイマが満了したため、回復手順が開始されました。RFC 3398 では 504 Server Time-out に対応付けられており、SIP から ISUP 方向では 408 と 504 にこの cause が使われます。</translation>
    </message>
    <message>
        <source>A 504 with Reason: Q.850;cause=102 when the PSTN side never got a timely answer from the next exchange; also a REL with cause 102 after your side timed out with 408.</source>
        <comment>seenWhen</comment>
        <translation>PSTN 側が次の交換機から時間内に応答を得られなかった場合の、Reason: Q.850;cause=102 付きの 504 です。また、自側が 408 でタイムアウトした後に cause 102 付きの REL として現れることもあります。</translation>
    </message>
    <message>
        <source>Gateways and exchanges whose signalling timer fired.</source>
        <comment>sentBy</comment>
        <translation>シグナリングタイマが満了したゲートウェイや交換機です。</translation>
    </message>
    <message>
        <source>Route advance is reasonable; the same route may work later.</source>
        <comment>retryNote</comment>
        <translation>ルートアドバンス（別ルートへの迂回）が妥当です。同じルートも後で成功する可能性があります。</translation>
    </message>
    <message>
        <source>Check whether the far end of the PSTN route is reachable.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>PSTN ルートの対向側に到達可能かどうか確認してください。</translation>
    </message>
    <message>
        <source>Compare the gateway&apos;s timers with your INVITE timeout (Timer B, Timer C).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>ゲートウェイのタイマと、自側の INVITE タイムアウト（Timer B、Timer C）を比較してください。</translation>
    </message>
    <message>
        <source>Route advance to another carrier if the timeout repeats.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>タイムアウトが繰り返し発生する場合は、別のキャリアへルートアドバンスしてください。</translation>
    </message>
    <message>
        <source>Carries cause=102; the location shows which side timed out.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=102 が入ります。location から、どちら側でタイムアウトしたかがわかります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>RFC 3398 maps a SIP 408 back to this cause.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>RFC 3398 では、SIP の 408 をこの cause に逆マッピングします。</translation>
    </message>
    <message>
        <source>Cause 18 is a user that did not respond in time.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation>cause 18 は、ユーザが時間内に応答しなかったことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:103</name>
    <message>
        <source>Parameter non-existent or not implemented - passed on (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>パラメータ未定義または未提供（通過）（国内使用）</translation>
    </message>
    <message>
        <source>An unknown ISUP parameter was ignored and passed on unchanged.</source>
        <comment>summary</comment>
        <translation>未知の ISUP パラメータが無視され、そのまま転送されました。</translation>
    </message>
    <message>
        <source>The equipment received parameters it does not recognise; they were ignored, and an intermediate exchange passed them on unchanged. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>装置が認識できないパラメータを受信しました。それらは無視され、中継交換機によってそのまま転送されました。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Normally informational, reported in an ISUP confusion or notification; in SIP it may appear in a Reason header if a gateway copies it into a release.</source>
        <comment>seenWhen</comment>
        <translation>通常は情報通知であり、ISUP の CFN（Confusion）や通知で報告されます。SIP では、ゲートウェイがこれを切断にコピーした場合に Reason ヘッダに現れることがあります。</translation>
    </message>
    <message>
        <source>ISUP exchanges in national networks.</source>
        <comment>sentBy</comment>
        <translation>国内網の ISUP 交換機です。</translation>
    </message>
    <message>
        <source>If the call failed, retry without the unknown parameter.</source>
        <comment>retryNote</comment>
        <translation>呼が失敗した場合は、未知のパラメータを除いて再試行してください。</translation>
    </message>
    <message>
        <source>Identify the parameter named in the diagnostic.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>診断情報で示されているパラメータを特定してください。</translation>
    </message>
    <message>
        <source>Decide whether that parameter needs to be sent on this route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>そのパラメータをこのルートで送信する必要があるかどうか判断してください。</translation>
    </message>
    <message>
        <source>Align ISUP variants with the carrier if releases result.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>解放が発生する場合は、ISUP のバリアントをキャリアと合わせてください。</translation>
    </message>
    <message>
        <source>Carries cause=103.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=103 が入ります。</translation>
    </message>
    <message>
        <source>Cause 99 is the general unknown element case.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>cause 99 は、情報要素未定義の一般的なケースです。</translation>
    </message>
    <message>
        <source>Cause 110 means the message was discarded instead.</source>
        <comment>related q850:110</comment>
        <extracomment>How q850:110 differs</extracomment>
        <translation>cause 110 は、パラメータを転送せずにメッセージを廃棄したことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:110</name>
    <message>
        <source>Message with unrecognized parameter discarded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>未定義パラメータを含むメッセージの廃棄</translation>
    </message>
    <message>
        <source>A message was discarded because it contained an unknown parameter.</source>
        <comment>summary</comment>
        <translation>未知のパラメータを含んでいたため、メッセージが廃棄されました。</translation>
    </message>
    <message>
        <source>The equipment discarded a received message that includes a parameter it does not recognise. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>装置は、認識できないパラメータを含む受信メッセージを廃棄しました。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen when SIP-I or ISUP content from your side carries a parameter the carrier&apos;s exchange refuses.</source>
        <comment>seenWhen</comment>
        <translation>自側からの SIP-I または ISUP の内容に、キャリアの交換機が受け付けないパラメータが含まれている場合に見られます。</translation>
    </message>
    <message>
        <source>ISUP exchanges.</source>
        <comment>sentBy</comment>
        <translation>ISUP 交換機です。</translation>
    </message>
    <message>
        <source>Retry without the unrecognised parameter.</source>
        <comment>retryNote</comment>
        <translation>認識されないパラメータを除いて再試行してください。</translation>
    </message>
    <message>
        <source>Check the ISUP body (SIP-I or SIP-T) the SBC or gateway adds.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>SBC またはゲートウェイが付加する ISUP ボディ（SIP-I または SIP-T）を確認してください。</translation>
    </message>
    <message>
        <source>Remove or correct the parameter the carrier does not accept.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>キャリアが受け付けないパラメータを削除または修正してください。</translation>
    </message>
    <message>
        <source>Align ISUP variants with the carrier.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ISUP のバリアントをキャリアと合わせてください。</translation>
    </message>
    <message>
        <source>Carries cause=110.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=110 が入ります。</translation>
    </message>
    <message>
        <source>Cause 99 ignores the element instead of discarding the message.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>cause 99 は、メッセージを廃棄せずに情報要素を無視します。</translation>
    </message>
    <message>
        <source>Cause 103 passes the parameter on.</source>
        <comment>related q850:103</comment>
        <extracomment>How q850:103 differs</extracomment>
        <translation>cause 103 は、パラメータをそのまま転送します。</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>cause 111 は、汎用的なプロトコル誤りです。</translation>
    </message>
</context>
<context>
    <name>q850:111</name>
    <message>
        <source>Protocol error, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>その他のプロトコル誤り</translation>
    </message>
    <message>
        <source>A protocol error occurred and no more specific cause fits.</source>
        <comment>summary</comment>
        <translation>プロトコル誤りが発生し、より具体的な cause が当てはまりません。</translation>
    </message>
    <message>
        <source>Reports a protocol error event only when no other cause in the protocol error class applies. RFC 3398 renders it as 500 Server Internal Error.</source>
        <comment>description</comment>
        <translation>プロトコル誤りクラスの他の cause がいずれも当てはまらない場合にのみ、プロトコル誤りイベントを報告します。RFC 3398 では 500 Server Internal Error に対応付けられています。</translation>
    </message>
    <message>
        <source>A 500 with Reason: Q.850;cause=111 from a gateway that hit a signalling error it cannot classify.</source>
        <comment>seenWhen</comment>
        <translation>分類できないシグナリングエラーが発生したゲートウェイからの、Reason: Q.850;cause=111 付きの 500 です。</translation>
    </message>
    <message>
        <source>Gateways and switches reporting an unclassified protocol error.</source>
        <comment>sentBy</comment>
        <translation>分類されないプロトコル誤りを報告するゲートウェイや交換機です。</translation>
    </message>
    <message>
        <source>Try another route; repeated failures on this one need traces.</source>
        <comment>retryNote</comment>
        <translation>別のルートを試してください。このルートで失敗が繰り返される場合はトレースが必要です。</translation>
    </message>
    <message>
        <source>Capture SIP and TDM traces of the failing call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>失敗した呼の SIP および TDM のトレースを取得してください。</translation>
    </message>
    <message>
        <source>Compare with a working call to spot unusual headers, body parts or numbers.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>正常な呼と比較し、通常と異なるヘッダ、ボディ部、番号を見つけてください。</translation>
    </message>
    <message>
        <source>Report the trace to the gateway or carrier vendor.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>トレースをゲートウェイベンダまたはキャリアに報告してください。</translation>
    </message>
    <message>
        <source>Carries cause=111.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=111 が入ります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 95 is the generic invalid message.</source>
        <comment>related q850:95</comment>
        <extracomment>How q850:95 differs</extracomment>
        <translation>cause 95 は、汎用的な無効メッセージです。</translation>
    </message>
    <message>
        <source>Cause 127 is the generic interworking cause.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>cause 127 は、汎用的なインタワーキングの cause です。</translation>
    </message>
</context>
<context>
    <name>q850:127</name>
    <message>
        <source>Interworking, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>その他のインタワーキング</translation>
    </message>
    <message>
        <source>The call crossed a network that did not report the real cause.</source>
        <comment>summary</comment>
        <translation>呼が実際の cause を通知しない網を経由しました。</translation>
    </message>
    <message>
        <source>Interworking with a network that does not provide causes for its actions took place, so the precise cause is unknown. RFC 3398 renders it as 500 Server Internal Error and maps several SIP errors, such as 413, 414, 416, 420, 421, 423, 505 and 513, to it.</source>
        <comment>description</comment>
        <translation>自らの動作について cause を提供しない網とのインタワーキングが発生したため、正確な cause は不明です。RFC 3398 では 500 Server Internal Error に対応付けられており、413、414、416、420、421、423、505、513 など複数の SIP エラーがこの cause にマッピングされます。</translation>
    </message>
    <message>
        <source>A 500 or 503 with Reason: Q.850;cause=127 from a carrier whose downstream route (another SIP network or an international partner) failed without a usable cause.</source>
        <comment>seenWhen</comment>
        <translation>下流のルート（別の SIP 網や国際パートナー）が有用な cause を返さずに失敗したキャリアからの、Reason: Q.850;cause=127 付きの 500 または 503 です。</translation>
    </message>
    <message>
        <source>Carriers and gateways relaying a failure from a network that gave no cause.</source>
        <comment>sentBy</comment>
        <translation>cause を返さなかった網からの失敗を中継するキャリアやゲートウェイです。</translation>
    </message>
    <message>
        <source>Route advance to another carrier is the practical response.</source>
        <comment>retryNote</comment>
        <translation>別のキャリアへのルートアドバンスが現実的な対処です。</translation>
    </message>
    <message>
        <source>Retry to see if the failure is consistent for that destination.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>再試行して、その宛先で一貫して失敗するかどうか確認してください。</translation>
    </message>
    <message>
        <source>Ask the carrier for their downstream release reason with the Call-ID.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Call-ID を伝えて、キャリアに下流側の切断理由を問い合わせてください。</translation>
    </message>
    <message>
        <source>Route the destination via another carrier if failures persist.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>失敗が続く場合は、その宛先を別のキャリア経由でルーティングしてください。</translation>
    </message>
    <message>
        <source>Carries cause=127; the text parameter sometimes holds the original reason.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=127 が入ります。text パラメータに元の理由が含まれていることがあります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 31 is the generic normal-class cause.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation>cause 31 は、正常クラスの汎用的な cause です。</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>cause 111 は、汎用的なプロトコル誤りです。</translation>
    </message>
</context>
<context>
    <name>q850:14</name>
    <message>
        <source>QoR: ported number</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>QoR: ポータビリティ番号</translation>
    </message>
    <message>
        <source>The called number has been ported out, so the originating network must look it up and reroute.</source>
        <comment>summary</comment>
        <translation>着番号がポートアウトされているため、発信側の網で番号を照会して再ルーティングする必要があります。</translation>
    </message>
    <message>
        <source>Added to Q.850 by an amendment, this cause supports query-on-release number portability: an exchange found that the called number was ported away, and the preceding network should query its portability data and route again. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>Q.850 の追補で追加されたこの cause は、切断時照会（QoR）方式の番号ポータビリティをサポートするものです。交換機が着番号の他網へのポートアウトを検出し、前位の網がポータビリティデータを照会して再度ルーティングすべきことを示します。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen in the Reason header of a failure response from a carrier when a call to a recently ported number is sent to the donor network without a routing number.</source>
        <comment>seenWhen</comment>
        <translation>最近ポートアウトされた番号への呼がルーティング番号なしで元の網（ドナー網）に送られた場合に、キャリアからの失敗レスポンスの Reason ヘッダに見られます。</translation>
    </message>
    <message>
        <source>The donor network&apos;s exchange in countries that use query on release for portability.</source>
        <comment>sentBy</comment>
        <translation>番号ポータビリティに切断時照会方式を採用している国の、ドナー網の交換機です。</translation>
    </message>
    <message>
        <source>Retry once the number has been looked up in the portability database and the routing number applied.</source>
        <comment>retryNote</comment>
        <translation>ポータビリティデータベースで番号を照会し、ルーティング番号を適用してから再試行してください。</translation>
    </message>
    <message>
        <source>Check whether your routing does a number portability lookup before sending the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>呼を送出する前に、ルーティングで番号ポータビリティの照会を行っているか確認してください。</translation>
    </message>
    <message>
        <source>Refresh the portability data for the number or range.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>その番号または番号帯のポータビリティデータを更新してください。</translation>
    </message>
    <message>
        <source>Route the call again with the routing number the portability database returns.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ポータビリティデータベースが返したルーティング番号を使って、呼を再度ルーティングしてください。</translation>
    </message>
    <message>
        <source>Carries cause=14; it asks the previous network to do a portability query.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=14 が入ります。前位の網にポータビリティ照会を求めるものです。</translation>
    </message>
    <message>
        <source>Cause 1 means the number is not assigned at all, rather than ported.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>cause 1 は、ポートアウトではなく、番号がまったく割り当てられていないことを示します。</translation>
    </message>
    <message>
        <source>Cause 22 reports a changed number, not a ported one.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>cause 22 は、ポートアウトではなく番号変更を通知します。</translation>
    </message>
    <message>
        <source>A possible SIP rendering when the gateway cannot reroute; RFC 3398 has no row for cause 14.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>ゲートウェイが再ルーティングできない場合に考えられる SIP での表現です。RFC 3398 には cause 14 の行はありません。</translation>
    </message>
</context>
<context>
    <name>q850:16</name>
    <message>
        <source>Normal call clearing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>正常切断</translation>
    </message>
    <message>
        <source>One of the parties hung up; the call ended normally.</source>
        <comment>summary</comment>
        <translation>いずれかの通話者が電話を切り、呼が正常に終了しました。</translation>
    </message>
    <message>
        <source>The call is being cleared because one of the users asked for it, and the network is normally not the source. RFC 3398 maps it to no error response: it normally becomes a BYE, or a CANCEL before answer.</source>
        <comment>description</comment>
        <translation>いずれかのユーザの要求により呼が解放されており、通常は網が原因ではありません。RFC 3398 ではエラーレスポンスには対応付けられず、通常は BYE に、応答前であれば CANCEL になります。</translation>
    </message>
    <message>
        <source>Seen as Reason: Q.850;cause=16 in a BYE or CANCEL from a carrier or gateway when the PSTN party hangs up.</source>
        <comment>seenWhen</comment>
        <translation>PSTN 側の通話者が電話を切ったときに、キャリアやゲートウェイからの BYE または CANCEL 内に Reason: Q.850;cause=16 として見られます。</translation>
    </message>
    <message>
        <source>Any endpoint, PBX or gateway relaying an ordinary hang-up.</source>
        <comment>sentBy</comment>
        <translation>通常の終話を中継するあらゆるエンドポイント、PBX、ゲートウェイです。</translation>
    </message>
    <message>
        <source>Nothing to retry; the call ended normally.</source>
        <comment>retryNote</comment>
        <translation>呼は正常に終了しているため、再試行は不要です。</translation>
    </message>
    <message>
        <source>Nothing needs fixing if the call lasted as expected.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>通話が想定どおりの時間続いたのであれば、修正は不要です。</translation>
    </message>
    <message>
        <source>If calls drop unexpectedly with cause 16, check which side sent the first BYE and what triggered it (session timers, RTP inactivity timeout, transfer).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>cause 16 で呼が予期せず切れる場合は、どちら側が最初に BYE を送ったか、そのきっかけ（セッションタイマ、RTP 無通信タイムアウト、転送）は何かを確認してください。</translation>
    </message>
    <message>
        <source>Compare call durations for a pattern, such as drops at a fixed time that point to a timer.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>通話時間を比較してパターンを探してください。たとえば一定時間で切れる場合はタイマが原因と考えられます。</translation>
    </message>
    <message>
        <source>Carries cause=16 in a BYE or CANCEL; the location shows which side cleared.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>BYE または CANCEL に cause=16 が入ります。location から、どちら側が切断したかがわかります。</translation>
    </message>
    <message>
        <source>Cause 31 is the unspecified member of the normal class, often used for failed set-ups.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation>cause 31 は正常クラスのうち特定されないもので、呼の確立失敗によく使われます。</translation>
    </message>
    <message>
        <source>Cause 17 ends a call attempt because the callee is busy.</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation>cause 17 は、着信者がビジーのため発信を終了させます。</translation>
    </message>
    <message>
        <source>The final response an INVITE gets when it is cancelled by the caller.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation>発信者によってキャンセルされた INVITE が受け取る最終レスポンスです。</translation>
    </message>
</context>
<context>
    <name>q850:17</name>
    <message>
        <source>User busy</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>ユーザビジー</translation>
    </message>
    <message>
        <source>The called party cannot take another call.</source>
        <comment>summary</comment>
        <translation>着信者はこれ以上呼を受けられません。</translation>
    </message>
    <message>
        <source>The called party is unable to accept another call because a busy condition was met. The user&apos;s equipment or the network may generate it. RFC 3398 renders it as 486 Busy Here.</source>
        <comment>description</comment>
        <translation>ビジー状態にあるため、着信者は新たな呼を受け付けられません。ユーザの装置が生成する場合と網が生成する場合があります。RFC 3398 では 486 Busy Here に対応付けられています。</translation>
    </message>
    <message>
        <source>A 486 with Reason: Q.850;cause=17 from a carrier when the called line is engaged, or from a PBX when the extension has no free line.</source>
        <comment>seenWhen</comment>
        <translation>着回線が使用中の場合にキャリアから、または内線に空き回線がない場合に PBX から返される、Reason: Q.850;cause=17 付きの 486 です。</translation>
    </message>
    <message>
        <source>The called device, its PBX, or the terminating network.</source>
        <comment>sentBy</comment>
        <translation>着信側の端末、その PBX、または着信側の網です。</translation>
    </message>
    <message>
        <source>The same call may succeed later; a proxy forking to several contacts keeps trying the others.</source>
        <comment>retryNote</comment>
        <translation>同じ呼も後で成功する可能性があります。複数の Contact にフォークするプロキシは、他の宛先への試行を続けます。</translation>
    </message>
    <message>
        <source>Confirm by calling the number from another line.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>別の回線からその番号に発信して確認してください。</translation>
    </message>
    <message>
        <source>If every call gets busy, check whether the destination PBX or trunk has hit its channel or licence limit.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>すべての呼がビジーになる場合は、宛先の PBX やトランクがチャネル数またはライセンスの上限に達していないか確認してください。</translation>
    </message>
    <message>
        <source>Check call waiting and busy-on-busy settings on the destination.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>宛先側のキャッチホンおよび busy-on-busy の設定を確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=17; the location tells whether the user or the network declared busy.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=17 が入ります。location から、ビジーを返したのがユーザか網かがわかります。</translation>
    </message>
    <message>
        <source>Rarely present, but gives a hint when to try again.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>含まれることはまれですが、再試行すべき時期の目安を示します。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>The global busy response, which RFC 3398 also maps back to cause 17.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation>グローバルなビジーレスポンスで、RFC 3398 ではこれも cause 17 に逆マッピングされます。</translation>
    </message>
    <message>
        <source>Cause 34 means the network, not the user, has no free circuit.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>cause 34 は、ユーザではなく網に空き回線がないことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:18</name>
    <message>
        <source>No user responding</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>ユーザ応答なし</translation>
    </message>
    <message>
        <source>The called party did not respond to the call set-up in time.</source>
        <comment>summary</comment>
        <translation>着信者が呼設定に時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The called party did not answer the set-up with either an alerting or a connect indication within the allowed time. RFC 3398 renders it as 408 Request Timeout.</source>
        <comment>description</comment>
        <translation>着信者が、許容時間内に呼出（alerting）または応答（connect）のいずれも返しませんでした。RFC 3398 では 408 Request Timeout に対応付けられています。</translation>
    </message>
    <message>
        <source>A 408 with Reason: Q.850;cause=18 from a carrier, typically for a mobile that could not be paged or a device that never started ringing.</source>
        <comment>seenWhen</comment>
        <translation>キャリアからの Reason: Q.850;cause=18 付きの 408 で、典型的には携帯電話をページングできなかった場合や、端末がまったく鳴動しなかった場合です。</translation>
    </message>
    <message>
        <source>The terminating network when the called device never alerts.</source>
        <comment>sentBy</comment>
        <translation>着信側の端末が呼出を返さない場合の着信側網です。</translation>
    </message>
    <message>
        <source>A later attempt may succeed once the device is reachable.</source>
        <comment>retryNote</comment>
        <translation>端末に到達可能になれば、後の発信は成功する可能性があります。</translation>
    </message>
    <message>
        <source>Check whether the called device is powered on and reachable.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>着信側の端末の電源が入っていて到達可能か確認してください。</translation>
    </message>
    <message>
        <source>Note that this 408 came from the far network, not from your own Timer B.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>この 408 は自側の Timer B ではなく、対向の網から返されたものである点に注意してください。</translation>
    </message>
    <message>
        <source>Retry later or route to voicemail.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>時間をおいて再試行するか、ボイスメールにルーティングしてください。</translation>
    </message>
    <message>
        <source>Carries cause=18; it separates this timeout from a local transaction timeout.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=18 が入ります。このタイムアウトとローカルのトランザクションタイムアウトを区別できます。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 19 means the phone rang but nobody answered.</source>
        <comment>related q850:19</comment>
        <extracomment>How q850:19 differs</extracomment>
        <translation>cause 19 は、電話は鳴動したが誰も応答しなかったことを示します。</translation>
    </message>
    <message>
        <source>Cause 20 means the subscriber is known to be absent.</source>
        <comment>related q850:20</comment>
        <extracomment>How q850:20 differs</extracomment>
        <translation>cause 20 は、加入者が不在であることが判明していることを示します。</translation>
    </message>
</context>
<context>
    <name>q850:19</name>
    <message>
        <source>No answer from user (user alerted)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>応答なし（ユーザ呼出中）</translation>
    </message>
    <message>
        <source>The called phone rang but was not answered in time.</source>
        <comment>summary</comment>
        <translation>着信側の電話は鳴動しましたが、時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The called party was alerted but did not connect within the allowed time. It is not always generated by the ISDN access procedures; network timers may produce it too. RFC 3398 renders it as 480 Temporarily Unavailable.</source>
        <comment>description</comment>
        <translation>着信者は呼出を受けましたが、許容時間内に応答しませんでした。ISDN のアクセス手順で生成されるとは限らず、網のタイマによって生成されることもあります。RFC 3398 では 480 Temporarily Unavailable に対応付けられています。</translation>
    </message>
    <message>
        <source>A 480 with Reason: Q.850;cause=19 after a 180 Ringing, when the carrier&apos;s no-answer timer expires before your own.</source>
        <comment>seenWhen</comment>
        <translation>180 Ringing の後、自側より先にキャリアの無応答タイマが満了した場合の、Reason: Q.850;cause=19 付きの 480 です。</translation>
    </message>
    <message>
        <source>The terminating network or PBX whose no-answer timer fired.</source>
        <comment>sentBy</comment>
        <translation>無応答タイマが満了した着信側の網または PBX です。</translation>
    </message>
    <message>
        <source>The caller may try again later; nothing on the request needs to change.</source>
        <comment>retryNote</comment>
        <translation>発信者は後で再試行できます。リクエストを変更する必要はありません。</translation>
    </message>
    <message>
        <source>Compare the carrier&apos;s no-answer timer with your PBX ring timeout.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>キャリアの無応答タイマと PBX の呼出タイムアウトを比較してください。</translation>
    </message>
    <message>
        <source>Configure call forwarding or voicemail if unanswered calls should go somewhere.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>応答されなかった呼を転送したい場合は、着信転送やボイスメールを設定してください。</translation>
    </message>
    <message>
        <source>Check whether the callee&apos;s device auto-rejects after a fixed ring time.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>着信者の端末が一定時間の鳴動後に自動で拒否していないか確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=19; it confirms the call did ring.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=19 が入ります。呼が実際に鳴動したことを裏付けます。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 18 means the phone never started ringing.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation>cause 18 は、電話がまったく鳴動しなかったことを示します。</translation>
    </message>
    <message>
        <source>Cause 16 would be used if the call was answered and then cleared.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>cause 16 は、呼が応答された後に切断された場合に使われます。</translation>
    </message>
</context>
<context>
    <name>q850:2</name>
    <message>
        <source>No route to specified transit network (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>指定中継網へのルートなし（国内使用）</translation>
    </message>
    <message>
        <source>The call asked for a transit network that this exchange does not know or cannot reach.</source>
        <comment>summary</comment>
        <translation>呼が、この交換機が認識していないか到達できない中継網を要求しました。</translation>
    </message>
    <message>
        <source>The exchange was told to route via a particular transit network, for example through a carrier selection code, and that network is unknown to it or does not serve it. RFC 3398 renders it as 404 Not Found.</source>
        <comment>description</comment>
        <translation>交換機は特定の中継網（たとえば事業者識別番号で指定されたもの）を経由してルーティングするよう指示されましたが、その網を認識していないか、その網のサービス対象外です。RFC 3398 では 404 Not Found に対応付けられています。</translation>
    </message>
    <message>
        <source>Seen in a 404 with Reason: Q.850;cause=2 when a carrier access or selection prefix is left in the dialled digits or the trunk forces a transit carrier the far switch does not recognise.</source>
        <comment>seenWhen</comment>
        <translation>ダイヤル桁に事業者のアクセス番号や選択プレフィックスが残っている場合や、トランクが対向の交換機で認識されない中継事業者を強制している場合に、Reason: Q.850;cause=2 付きの 404 として見られます。</translation>
    </message>
    <message>
        <source>A PSTN exchange that cannot hand the call to the requested transit network.</source>
        <comment>sentBy</comment>
        <translation>要求された中継網に呼を引き渡せない PSTN 交換機です。</translation>
    </message>
    <message>
        <source>The same route will keep failing; a router may try another carrier or send the call without a transit network selection.</source>
        <comment>retryNote</comment>
        <translation>同じルートでは失敗し続けます。ルータは別のキャリアを試すか、中継網の選択なしで呼を送出することができます。</translation>
    </message>
    <message>
        <source>Remove any carrier selection or access prefix from the number sent on the trunk.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>トランクに送出する番号から、事業者選択やアクセスのプレフィックスを削除してください。</translation>
    </message>
    <message>
        <source>Check whether the trunk or the numbering translation forces a specific transit network for this destination.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>トランクまたは番号変換が、この宛先に対して特定の中継網を強制していないか確認してください。</translation>
    </message>
    <message>
        <source>Ask the carrier whether the requested transit network is reachable from their switch.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>要求された中継網にキャリアの交換機から到達可能かどうか、キャリアに問い合わせてください。</translation>
    </message>
    <message>
        <source>Carries cause=2; check the location field to see which exchange rejected the transit choice.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=2 が入ります。location フィールドを確認し、どの交換機が中継網の選択を拒否したかを調べてください。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 91 means the transit network identification itself was badly formatted.</source>
        <comment>related q850:91</comment>
        <extracomment>How q850:91 differs</extracomment>
        <translation>cause 91 は、中継網の識別情報自体の形式が誤っていることを示します。</translation>
    </message>
    <message>
        <source>Cause 3 concerns the destination rather than a transit network.</source>
        <comment>related q850:3</comment>
        <extracomment>How q850:3 differs</extracomment>
        <translation>cause 3 は、中継網ではなく宛先に関するものです。</translation>
    </message>
</context>
<context>
    <name>q850:20</name>
    <message>
        <source>Subscriber absent</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>加入者不在</translation>
    </message>
    <message>
        <source>The called mobile or user is not currently reachable.</source>
        <comment>summary</comment>
        <translation>着信側の携帯電話またはユーザに現在到達できません。</translation>
    </message>
    <message>
        <source>Used when a mobile station has logged off, radio contact cannot be made, or a personal telecommunication user cannot be addressed on any terminal. RFC 3398 renders it as 480 Temporarily Unavailable.</source>
        <comment>description</comment>
        <translation>移動機がログオフしている場合、無線での接続ができない場合、またはパーソナル通信のユーザがどの端末でも呼び出せない場合に使われます。RFC 3398 では 480 Temporarily Unavailable に対応付けられています。</translation>
    </message>
    <message>
        <source>A 480 with Reason: Q.850;cause=20 for a switched-off mobile, or from a PBX whose SIP extension has no registration.</source>
        <comment>seenWhen</comment>
        <translation>電源が切れた携帯電話に対して、または SIP 内線が登録されていない PBX から返される、Reason: Q.850;cause=20 付きの 480 です。</translation>
    </message>
    <message>
        <source>Mobile networks and PBXs that know the user is not registered.</source>
        <comment>sentBy</comment>
        <translation>ユーザが登録されていないことを把握している移動網や PBX です。</translation>
    </message>
    <message>
        <source>Try again later, once the user is registered or in coverage.</source>
        <comment>retryNote</comment>
        <translation>ユーザが登録されるか圏内に入ってから再試行してください。</translation>
    </message>
    <message>
        <source>Check the registration state of the target if it is a SIP user on your own platform.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>宛先が自社プラットフォーム上の SIP ユーザであれば、その登録状態を確認してください。</translation>
    </message>
    <message>
        <source>Try again later or send the caller to voicemail.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>時間をおいて再試行するか、発信者をボイスメールに接続してください。</translation>
    </message>
    <message>
        <source>For mobiles, confirm the phone is on and has coverage.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>携帯電話の場合は、電源が入っていて圏内にあることを確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=20; it indicates absence rather than a refusal.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=20 が入ります。拒否ではなく不在であることを示します。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 18 is a timeout without a known absence.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation>cause 18 は、不在が判明していない状態でのタイムアウトです。</translation>
    </message>
    <message>
        <source>Cause 19 means the user was alerted but did not answer.</source>
        <comment>related q850:19</comment>
        <extracomment>How q850:19 differs</extracomment>
        <translation>cause 19 は、ユーザが呼出を受けたが応答しなかったことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:21</name>
    <message>
        <source>Call rejected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>呼拒否</translation>
    </message>
    <message>
        <source>The called party or the network refused the call although it could have accepted it.</source>
        <comment>summary</comment>
        <translation>着信者または網が、受け付け可能であったにもかかわらず呼を拒否しました。</translation>
    </message>
    <message>
        <source>The destination does not wish to take this call even though it is neither busy nor incompatible; the network may also reject for policy reasons. The diagnostic field may carry details. RFC 3398 renders it as 403 Forbidden, or 603 Decline when the cause location is the user.</source>
        <comment>description</comment>
        <translation>宛先はビジーでも不適合でもありませんが、この呼を受けることを望んでいません。網がポリシー上の理由で拒否する場合もあります。診断情報フィールドに詳細が含まれることがあります。RFC 3398 では 403 Forbidden に対応付けられており、cause の location がユーザの場合は 603 Decline になります。</translation>
    </message>
    <message>
        <source>A 403 or 603 with Reason: Q.850;cause=21 when a carrier screens out the calling number, such as an invalid or unauthorised caller ID, or when the callee declines.</source>
        <comment>seenWhen</comment>
        <translation>キャリアが発信者番号（無効または許可されていない発信者番号など）を理由にスクリーニングで排除した場合や、着信者が拒否した場合の、Reason: Q.850;cause=21 付きの 403 または 603 です。</translation>
    </message>
    <message>
        <source>The called user, its PBX, or a network policy function.</source>
        <comment>sentBy</comment>
        <translation>着信ユーザ、その PBX、または網のポリシー機能です。</translation>
    </message>
    <message>
        <source>Do not retry the same call; change the caller ID or get the callee&apos;s consent first.</source>
        <comment>retryNote</comment>
        <translation>同じ呼を再試行しないでください。先に発信者番号を変更するか、着信者の同意を得てください。</translation>
    </message>
    <message>
        <source>Check the caller ID in From and P-Asserted-Identity: format, ownership and whether the carrier allows it.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>From と P-Asserted-Identity の発信者番号について、形式、番号の所有、キャリアが許可しているかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Check whether the callee uses call screening or anonymous call rejection.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>着信者が着信スクリーニングや非通知拒否を使用していないか確認してください。</translation>
    </message>
    <message>
        <source>Ask the carrier for the rejection reason with the Call-ID if the number should be allowed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>番号が許可されているはずであれば、Call-ID を伝えてキャリアに拒否理由を問い合わせてください。</translation>
    </message>
    <message>
        <source>Carries cause=21; a location of user means the person rejected it.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=21 が入ります。location が user であれば、本人が拒否したことを意味します。</translation>
    </message>
    <message>
        <source>An unauthorised or malformed asserted identity is a common reason for network rejections.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation>許可されていない、または形式が誤った asserted identity（P-Asserted-Identity の ID）は、網による拒否のよくある原因です。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>RFC 3398 allows 603 when the rejection came from the user.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>RFC 3398 では、拒否がユーザからのものである場合に 603 を認めています。</translation>
    </message>
    <message>
        <source>Cause 24 is the specific rejection by a destination feature such as anonymous call rejection.</source>
        <comment>related q850:24</comment>
        <extracomment>How q850:24 differs</extracomment>
        <translation>cause 24 は、非通知拒否などの宛先側の機能による拒否に特化した cause です。</translation>
    </message>
</context>
<context>
    <name>q850:22</name>
    <message>
        <source>Number changed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>番号変更</translation>
    </message>
    <message>
        <source>The called number is no longer in use; a new number may be given.</source>
        <comment>summary</comment>
        <translation>着番号は使用されていません。新しい番号が通知される場合があります。</translation>
    </message>
    <message>
        <source>The number dialled has been taken out of service; the diagnostic field may carry the new number. RFC 3398 renders it as 410 Gone, or as 301 Moved Permanently with the new number in Contact when the diagnostic holds it.</source>
        <comment>description</comment>
        <translation>ダイヤルされた番号は使用停止になっています。診断情報フィールドに新番号が含まれる場合があります。RFC 3398 では 410 Gone に対応付けられており、診断情報に新番号が含まれる場合は Contact に新番号を入れた 301 Moved Permanently になります。</translation>
    </message>
    <message>
        <source>A 410 with Reason: Q.850;cause=22 from a carrier for a number that was changed, or occasionally a 301 carrying the new number.</source>
        <comment>seenWhen</comment>
        <translation>番号が変更された番号に対してキャリアから返される Reason: Q.850;cause=22 付きの 410、またはまれに新番号を含む 301 です。</translation>
    </message>
    <message>
        <source>The terminating exchange when a subscriber has changed number.</source>
        <comment>sentBy</comment>
        <translation>加入者が番号を変更した場合の着信側交換機です。</translation>
    </message>
    <message>
        <source>Do not retry the old number. If a 301 with Contact arrived, the call may be placed to that new target.</source>
        <comment>retryNote</comment>
        <translation>旧番号に再試行しないでください。Contact 付きの 301 を受信した場合は、その新しい宛先に発信できます。</translation>
    </message>
    <message>
        <source>Look for a Contact header in a 301 and update the stored number.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>301 に Contact ヘッダが含まれていないか確認し、保存されている番号を更新してください。</translation>
    </message>
    <message>
        <source>Update the contact or routing database that produced the old number.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>旧番号を生成した連絡先またはルーティングのデータベースを更新してください。</translation>
    </message>
    <message>
        <source>Confirm the new number with the called party before relying on it.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>新番号を利用する前に、着信者に確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=22; the location shows where the change was detected.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=22 が入ります。location から、どこで番号変更が検出されたかがわかります。</translation>
    </message>
    <message>
        <source>In the 301 variant, holds the new number taken from the diagnostic.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>301 の場合は、診断情報から取り出された新番号が入ります。</translation>
    </message>
    <message>
        <source>RFC 3398 response when no new number is known.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>新番号が不明な場合の RFC 3398 のレスポンスです。</translation>
    </message>
    <message>
        <source>RFC 3398 response when the new number is in the diagnostic.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation>診断情報に新番号が含まれている場合の RFC 3398 のレスポンスです。</translation>
    </message>
    <message>
        <source>Cause 1 means the number is unassigned with no history.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>cause 1 は、履歴のない未割当の番号であることを示します。</translation>
    </message>
</context>
<context>
    <name>q850:23</name>
    <message>
        <source>Redirection to new destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>新しい宛先へのリダイレクション</translation>
    </message>
    <message>
        <source>An exchange asks the previous exchange to route the call to a different number.</source>
        <comment>summary</comment>
        <translation>交換機が前位の交換機に対し、呼を別の番号にルーティングするよう求めます。</translation>
    </message>
    <message>
        <source>This cause belongs to an ISUP mechanism in which an exchange decides that the call should go to another called number and asks a preceding exchange to route it there. RFC 3398 renders it as 410 Gone.</source>
        <comment>description</comment>
        <translation>この cause は ISUP の仕組みの一部で、交換機が呼を別の着番号に接続すべきと判断し、前位の交換機にその番号へのルーティングを求めるものです。RFC 3398 では 410 Gone に対応付けられています。</translation>
    </message>
    <message>
        <source>Rare on SIP trunks; a gateway that cannot act on the ISUP redirection answers 410 with Reason: Q.850;cause=23.</source>
        <comment>seenWhen</comment>
        <translation>SIP トランクではまれです。ISUP のリダイレクションに対応できないゲートウェイが、Reason: Q.850;cause=23 付きの 410 を返します。</translation>
    </message>
    <message>
        <source>An ISUP exchange using the network redirection procedure.</source>
        <comment>sentBy</comment>
        <translation>網リダイレクション手順を使用する ISUP 交換機です。</translation>
    </message>
    <message>
        <source>The same request will not succeed; the call would need to be placed to the new number.</source>
        <comment>retryNote</comment>
        <translation>同じリクエストは成功しません。新しい番号に発信し直す必要があります。</translation>
    </message>
    <message>
        <source>Check whether the gateway supports ISUP redirection and passes the new number on.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>ゲートウェイが ISUP のリダイレクションをサポートし、新番号を引き渡しているか確認してください。</translation>
    </message>
    <message>
        <source>Look for Diversion or History-Info headers that reveal the intended target.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>本来の宛先がわかる Diversion ヘッダや History-Info ヘッダがないか確認してください。</translation>
    </message>
    <message>
        <source>Ask the carrier which destination the call was redirected to.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>呼がどの宛先にリダイレクトされたか、キャリアに問い合わせてください。</translation>
    </message>
    <message>
        <source>Carries cause=23; the new target is not carried in SIP by RFC 3398.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=23 が入ります。RFC 3398 では、新しい宛先は SIP で伝達されません。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 22 is a permanent number change.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>cause 22 は、恒久的な番号変更です。</translation>
    </message>
    <message>
        <source>The native SIP way to point the caller at a new target.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>発信者に新しい宛先を示す、SIP 本来の方法です。</translation>
    </message>
</context>
<context>
    <name>q850:24</name>
    <message>
        <source>Call rejected due to feature at the destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>着側機能による呼拒否</translation>
    </message>
    <message>
        <source>A feature at the destination, such as anonymous call rejection, refused the call.</source>
        <comment>summary</comment>
        <translation>非通知拒否など、宛先側の機能によって呼が拒否されました。</translation>
    </message>
    <message>
        <source>Added to Q.850 by an amendment, this cause reports a rejection caused by a supplementary service at the destination, the usual example being anonymous call rejection. RFC 3398 predates it and has no row for it.</source>
        <comment>description</comment>
        <translation>Q.850 の追補で追加されたこの cause は、宛先の付加サービスによる拒否を通知するもので、典型例は非通知拒否です。RFC 3398 はこれより前に策定されたため、対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen in a failure response from a carrier when the caller withheld their number (Privacy: id) and the callee has anonymous call rejection enabled.</source>
        <comment>seenWhen</comment>
        <translation>発信者が番号を非通知にし（Privacy: id）、着信者が非通知拒否を有効にしている場合に、キャリアからの失敗レスポンスに見られます。</translation>
    </message>
    <message>
        <source>The terminating network applying a feature of the called subscriber.</source>
        <comment>sentBy</comment>
        <translation>着信加入者の機能を適用する着信側の網です。</translation>
    </message>
    <message>
        <source>Retry only with the identity presented, if the caller agrees.</source>
        <comment>retryNote</comment>
        <translation>発信者が同意する場合に限り、番号を通知して再試行してください。</translation>
    </message>
    <message>
        <source>Check whether the call was sent with caller ID withheld (Privacy header or anonymous From).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>呼が発信者番号非通知（Privacy ヘッダまたは anonymous の From）で送られていないか確認してください。</translation>
    </message>
    <message>
        <source>Send the caller ID unrestricted if policy allows, then retry.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>ポリシー上許される場合は、発信者番号を通知で送出してから再試行してください。</translation>
    </message>
    <message>
        <source>Otherwise tell the caller that the destination refuses anonymous calls.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>それ以外の場合は、宛先が非通知着信を拒否していることを発信者に伝えてください。</translation>
    </message>
    <message>
        <source>Carries cause=24; the feature behind the refusal is not always named.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=24 が入ります。拒否の原因となった機能が示されるとは限りません。</translation>
    </message>
    <message>
        <source>A value of id or user shows the caller withheld their identity.</source>
        <comment>header Privacy</comment>
        <extracomment>Why to inspect the Privacy header</extracomment>
        <translation>値が id または user の場合、発信者が番号を非通知にしたことを示します。</translation>
    </message>
    <message>
        <source>The SIP response defined for refusing anonymous calls.</source>
        <comment>related 433</comment>
        <extracomment>How 433 differs</extracomment>
        <translation>非通知着信を拒否するために定義された SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 21 is the general call rejected cause.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>cause 21 は、一般的な呼拒否の cause です。</translation>
    </message>
    <message>
        <source>A decline from the user rather than from a feature.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>機能ではなくユーザによる拒否です。</translation>
    </message>
</context>
<context>
    <name>q850:25</name>
    <message>
        <source>Exchange routing error</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>交換ルーティングエラー</translation>
    </message>
    <message>
        <source>An intermediate exchange gave up on the call, typically because the hop counter ran out.</source>
        <comment>summary</comment>
        <translation>中継交換機が呼の処理を断念しました。典型的にはホップカウンタが尽きたためです。</translation>
    </message>
    <message>
        <source>The destination could not be reached because an intermediate exchange released the call after reaching the limit of the ISUP hop counter procedure. RFC 3398 uses it for 482 Loop Detected and 483 Too Many Hops in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation>ISUP のホップカウンタ手順の上限に達したため中継交換機が呼を解放し、宛先に到達できませんでした。RFC 3398 では、SIP から ISUP 方向で 482 Loop Detected と 483 Too Many Hops にこの cause を使用します。</translation>
    </message>
    <message>
        <source>Seen when calls loop between carriers or between your SBC and a carrier, ending with 483 or with Reason: Q.850;cause=25.</source>
        <comment>seenWhen</comment>
        <translation>キャリア間や自社の SBC とキャリアの間で呼がループし、483 や Reason: Q.850;cause=25 で終了する場合に見られます。</translation>
    </message>
    <message>
        <source>A transit exchange whose hop counter reached zero, or a SIP gateway translating a loop error.</source>
        <comment>sentBy</comment>
        <translation>ホップカウンタがゼロになった中継交換機、またはループエラーを変換する SIP ゲートウェイです。</translation>
    </message>
    <message>
        <source>The same route will loop again; fix routing or send the call through a different carrier.</source>
        <comment>retryNote</comment>
        <translation>同じルートでは再びループします。ルーティングを修正するか、別のキャリア経由で呼を送出してください。</translation>
    </message>
    <message>
        <source>Look at the Via and Max-Forwards of the failed INVITE for signs of a loop.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>失敗した INVITE の Via と Max-Forwards にループの兆候がないか確認してください。</translation>
    </message>
    <message>
        <source>Check routing tables on both sides for a destination that routes back to its origin, such as a ported or forwarded number.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>ポートアウトされた番号や転送設定された番号など、発信元に戻るようにルーティングされる宛先がないか、双方のルーティングテーブルを確認してください。</translation>
    </message>
    <message>
        <source>Fix the loop, then test again.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ループを解消してから、再度テストしてください。</translation>
    </message>
    <message>
        <source>Carries cause=25; the location shows which exchange hit the limit.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=25 が入ります。location から、どの交換機が上限に達したかがわかります。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 483 Too Many Hops to this cause.</source>
        <comment>related 483</comment>
        <extracomment>How 483 differs</extracomment>
        <translation>RFC 3398 では 483 Too Many Hops をこの cause にマッピングします。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 482 Loop Detected to this cause.</source>
        <comment>related 482</comment>
        <extracomment>How 482 differs</extracomment>
        <translation>RFC 3398 では 482 Loop Detected をこの cause にマッピングします。</translation>
    </message>
    <message>
        <source>Cause 3 means no route exists, not a loop.</source>
        <comment>related q850:3</comment>
        <extracomment>How q850:3 differs</extracomment>
        <translation>cause 3 は、ループではなくルートが存在しないことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:26</name>
    <message>
        <source>Non-selected user clearing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>非選択ユーザ切断</translation>
    </message>
    <message>
        <source>The call was offered to several terminals and another one took it.</source>
        <comment>summary</comment>
        <translation>呼が複数の端末に着信し、別の端末が応答しました。</translation>
    </message>
    <message>
        <source>The user has not been awarded the incoming call, typically because another terminal answered it first. RFC 3398 renders it as 404 Not Found and marks the row as an ANSI procedure.</source>
        <comment>description</comment>
        <translation>ユーザは着信呼を獲得できませんでした。典型的には、別の端末が先に応答したためです。RFC 3398 では 404 Not Found に対応付けられており、この行は ANSI の手順とされています。</translation>
    </message>
    <message>
        <source>Seen when a forked or group call is answered elsewhere; Asterisk uses this cause internally for a call answered elsewhere in a ring group.</source>
        <comment>seenWhen</comment>
        <translation>フォークされた呼やグループ着信が別の場所で応答された場合に見られます。Asterisk は、リンググループ内の別の場所で応答された呼に内部的にこの cause を使用します。</translation>
    </message>
    <message>
        <source>ISDN equipment on a shared bus, or a PBX cancelling ringing branches.</source>
        <comment>sentBy</comment>
        <translation>共有バス上の ISDN 装置、または鳴動中の分岐をキャンセルする PBX です。</translation>
    </message>
    <message>
        <source>Nothing to retry; another terminal already took the call.</source>
        <comment>retryNote</comment>
        <translation>すでに別の端末が応答しているため、再試行は不要です。</translation>
    </message>
    <message>
        <source>Treat it as normal if the call was answered by another member of the group.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>グループの別のメンバが応答したのであれば、正常な動作として扱ってください。</translation>
    </message>
    <message>
        <source>If no one answered, check the group or hunt configuration.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>誰も応答しなかった場合は、グループ着信またはハントの設定を確認してください。</translation>
    </message>
    <message>
        <source>Verify that the CANCEL to the other branches carried a sensible Reason.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>他の分岐への CANCEL に適切な Reason が含まれていたか確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=26 on the branches that lost.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>応答を獲得できなかった分岐で cause=26 が入ります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 16 is the normal clearing of the answered call.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>cause 16 は、応答された呼の正常切断です。</translation>
    </message>
    <message>
        <source>The response other ringing branches get when they are cancelled.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation>鳴動中の他の分岐がキャンセルされたときに受け取るレスポンスです。</translation>
    </message>
</context>
<context>
    <name>q850:27</name>
    <message>
        <source>Destination out of order</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>相手端末故障</translation>
    </message>
    <message>
        <source>The interface to the destination is not working, so the call could not be delivered.</source>
        <comment>summary</comment>
        <translation>宛先へのインタフェースが動作していないため、呼を着信させることができませんでした。</translation>
    </message>
    <message>
        <source>A signalling message could not be delivered to the remote party, for example because of a physical or data link failure at the remote side or because the user&apos;s equipment is off line. RFC 3398 renders it as 502 Bad Gateway.</source>
        <comment>description</comment>
        <translation>相手側の物理リンクやデータリンクの障害、またはユーザの装置がオフラインであることなどにより、シグナリングメッセージを相手に届けられませんでした。RFC 3398 では 502 Bad Gateway に対応付けられています。</translation>
    </message>
    <message>
        <source>A 502 with Reason: Q.850;cause=27 when the called PBX, its PRI or its SIP trunk behind the carrier is down.</source>
        <comment>seenWhen</comment>
        <translation>着信側の PBX、その PRI、またはキャリアの先にある SIP トランクがダウンしている場合の、Reason: Q.850;cause=27 付きの 502 です。</translation>
    </message>
    <message>
        <source>The network that tried to deliver the call to the failed interface.</source>
        <comment>sentBy</comment>
        <translation>障害の発生したインタフェースに呼を着信させようとした網です。</translation>
    </message>
    <message>
        <source>Retry after the destination equipment recovers, or send the call to an alternate destination.</source>
        <comment>retryNote</comment>
        <translation>宛先の装置が復旧してから再試行するか、代替の宛先に呼を送ってください。</translation>
    </message>
    <message>
        <source>Check whether the destination PBX, its trunk or its registration to the carrier is up.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>宛先の PBX、そのトランク、またはキャリアへの登録が正常か確認してください。</translation>
    </message>
    <message>
        <source>Test another number on the same destination to confirm an outage.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>同じ宛先の別の番号でテストし、障害であることを確認してください。</translation>
    </message>
    <message>
        <source>Fail over to an alternate route or number if one exists.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>代替ルートや代替番号があれば、そちらに切り替えてください。</translation>
    </message>
    <message>
        <source>Carries cause=27; the location shows the network that detected the failure.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=27 が入ります。location から、障害を検出した網がわかります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 502</comment>
        <extracomment>How 502 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 38 points at the network, not the destination.</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation>cause 38 は、宛先ではなく網の問題を示します。</translation>
    </message>
    <message>
        <source>Cause 41 is a short-lived network failure.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>cause 41 は、一時的な網の障害です。</translation>
    </message>
</context>
<context>
    <name>q850:28</name>
    <message>
        <source>Invalid number format (address incomplete)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>無効番号フォーマット（不完全番号）</translation>
    </message>
    <message>
        <source>The called number is incomplete or in a format the network cannot use.</source>
        <comment>summary</comment>
        <translation>着番号が不完全であるか、網で使用できない形式です。</translation>
    </message>
    <message>
        <source>The called party cannot be reached because the number is not in a valid format or is not complete. RFC 3398 renders it as 484 Address Incomplete.</source>
        <comment>description</comment>
        <translation>番号が有効な形式でないか不完全であるため、着信者に到達できません。RFC 3398 では 484 Address Incomplete に対応付けられています。</translation>
    </message>
    <message>
        <source>A 484 with Reason: Q.850;cause=28 when digits are missing, the country code is wrong, or a plus sign or extra characters reach a network that cannot handle them.</source>
        <comment>seenWhen</comment>
        <translation>桁が不足している場合、国番号が誤っている場合、またはプラス記号や余分な文字を扱えない網に届いた場合の、Reason: Q.850;cause=28 付きの 484 です。</translation>
    </message>
    <message>
        <source>Any exchange or PBX that validates number format.</source>
        <comment>sentBy</comment>
        <translation>番号形式を検証するあらゆる交換機または PBX です。</translation>
    </message>
    <message>
        <source>Retry only with a complete, correctly formatted number.</source>
        <comment>retryNote</comment>
        <translation>完全で正しい形式の番号でのみ再試行してください。</translation>
    </message>
    <message>
        <source>Check the length and prefix of the number in the Request-URI.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Request-URI の番号の桁数とプレフィックスを確認してください。</translation>
    </message>
    <message>
        <source>Apply the number format the carrier documents (E.164 with or without plus, national).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>キャリアが指定する番号形式（プラス記号付きまたはなしの E.164、国内形式）を適用してください。</translation>
    </message>
    <message>
        <source>Check whether overlap dialling is in use and the INVITE was sent before all digits were collected.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>オーバーラップダイヤルを使用していて、全桁を収集する前に INVITE が送出されていないか確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=28; compare it with the called number actually sent.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=28 が入ります。実際に送出した着番号と照合してください。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 1 means the format is fine but the number is unassigned.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>cause 1 は、形式は正しいものの番号が割り当てられていないことを示します。</translation>
    </message>
    <message>
        <source>Cause 5 is the specific case of a leftover trunk prefix.</source>
        <comment>related q850:5</comment>
        <extracomment>How q850:5 differs</extracomment>
        <translation>cause 5 は、トランクプレフィックスが残っている場合に特化した cause です。</translation>
    </message>
</context>
<context>
    <name>q850:29</name>
    <message>
        <source>Facility rejected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>ファシリティ拒否</translation>
    </message>
    <message>
        <source>The network cannot provide a supplementary service the call asked for.</source>
        <comment>summary</comment>
        <translation>呼が要求した付加サービスを網が提供できません。</translation>
    </message>
    <message>
        <source>A facility or supplementary service requested by the user cannot be provided by the network. RFC 3398 renders it as 501 Not Implemented.</source>
        <comment>description</comment>
        <translation>ユーザが要求したファシリティまたは付加サービスを、網が提供できません。RFC 3398 では 501 Not Implemented に対応付けられています。</translation>
    </message>
    <message>
        <source>Seen in a 501 with Reason: Q.850;cause=29 when the INVITE or its SIP-I body requests a service the carrier does not offer.</source>
        <comment>seenWhen</comment>
        <translation>INVITE またはその SIP-I ボディが、キャリアの提供していないサービスを要求した場合に、Reason: Q.850;cause=29 付きの 501 として見られます。</translation>
    </message>
    <message>
        <source>A PSTN exchange that refuses a requested supplementary service.</source>
        <comment>sentBy</comment>
        <translation>要求された付加サービスを拒否する PSTN 交換機です。</translation>
    </message>
    <message>
        <source>Retry without the rejected service.</source>
        <comment>retryNote</comment>
        <translation>拒否されたサービスを除いて再試行してください。</translation>
    </message>
    <message>
        <source>Identify which service was requested (for example through SIP-I parameters or special headers).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>どのサービスが要求されたか（たとえば SIP-I のパラメータや特殊なヘッダを通じて）を特定してください。</translation>
    </message>
    <message>
        <source>Remove the service request and retry the call.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>サービス要求を削除して、呼を再試行してください。</translation>
    </message>
    <message>
        <source>Ask the carrier whether the service can be enabled.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>そのサービスを有効にできるか、キャリアに問い合わせてください。</translation>
    </message>
    <message>
        <source>Carries cause=29; the diagnostic may identify the facility.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=29 が入ります。診断情報でファシリティが特定されることがあります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 intends for this cause.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>RFC 3398 がこの cause に意図している SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 50 means the user has not subscribed to the service.</source>
        <comment>related q850:50</comment>
        <extracomment>How q850:50 differs</extracomment>
        <translation>cause 50 は、ユーザがそのサービスを契約していないことを示します。</translation>
    </message>
    <message>
        <source>Cause 69 means the service is not implemented at all.</source>
        <comment>related q850:69</comment>
        <extracomment>How q850:69 differs</extracomment>
        <translation>cause 69 は、そのサービスがまったく実装されていないことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:3</name>
    <message>
        <source>No route to destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>相手へのルートなし</translation>
    </message>
    <message>
        <source>The network the call reached does not serve the requested destination.</source>
        <comment>summary</comment>
        <translation>呼が到達した網は、要求された宛先をサービス対象としていません。</translation>
    </message>
    <message>
        <source>The number may be valid, but the network through which the call was routed has no way to reach that destination. Support for this cause depends on the network. RFC 3398 renders it as 404 Not Found.</source>
        <comment>description</comment>
        <translation>番号は有効である可能性がありますが、呼がルーティングされた網にはその宛先に到達する手段がありません。この cause のサポートは網に依存します。RFC 3398 では 404 Not Found に対応付けられています。</translation>
    </message>
    <message>
        <source>A carrier returns 404 with Reason: Q.850;cause=3 for destinations not enabled on the account, such as certain international ranges, premium or short codes.</source>
        <comment>seenWhen</comment>
        <translation>特定の国際番号帯、有料番号、短縮番号など、アカウントで有効になっていない宛先に対して、キャリアが Reason: Q.850;cause=3 付きの 404 を返します。</translation>
    </message>
    <message>
        <source>A carrier or transit switch that has no route for the destination; Asterisk also uses it when a dialled extension is not found in the context.</source>
        <comment>sentBy</comment>
        <translation>宛先へのルートを持たないキャリアまたは中継交換機です。Asterisk も、ダイヤルされた内線がコンテキスト内に見つからない場合にこの cause を使用します。</translation>
    </message>
    <message>
        <source>Do not repeat the call on the same route. A least-cost router may advance to a carrier that serves the destination.</source>
        <comment>retryNote</comment>
        <translation>同じルートで発信を繰り返さないでください。LCR（最小コストルーティング）は、その宛先をサービスしているキャリアに迂回できます。</translation>
    </message>
    <message>
        <source>Check whether the destination class (international, premium, short code) is enabled on the carrier account.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>宛先の種別（国際、有料番号、短縮番号）がキャリアのアカウントで有効になっているか確認してください。</translation>
    </message>
    <message>
        <source>Verify the outbound route selected for this prefix in the PBX or SBC routing table.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>PBX または SBC のルーティングテーブルで、このプレフィックスに選択されている発信ルートを確認してください。</translation>
    </message>
    <message>
        <source>Test through a different carrier to separate routing from number problems.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>別のキャリア経由でテストし、ルーティングの問題か番号の問題かを切り分けてください。</translation>
    </message>
    <message>
        <source>Carries cause=3; the location field shows how far the call got.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=3 が入ります。location フィールドから、呼がどこまで到達したかがわかります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 1 means the number is not assigned at all.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>cause 1 は、番号がまったく割り当てられていないことを示します。</translation>
    </message>
    <message>
        <source>Cause 2 is about a requested transit network, not the destination.</source>
        <comment>related q850:2</comment>
        <extracomment>How q850:2 differs</extracomment>
        <translation>cause 2 は、宛先ではなく要求された中継網に関するものです。</translation>
    </message>
</context>
<context>
    <name>q850:30</name>
    <message>
        <source>Response to STATUS ENQUIRY</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>STATUS ENQUIRY への応答</translation>
    </message>
    <message>
        <source>A STATUS message is being sent as the answer to a STATUS ENQUIRY.</source>
        <comment>summary</comment>
        <translation>STATUS ENQUIRY への応答として STATUS メッセージが送信されています。</translation>
    </message>
    <message>
        <source>In ISDN access signalling this cause appears in a STATUS message generated because a STATUS ENQUIRY was received. It is not a call release reason, and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>ISDN のアクセスシグナリングでは、この cause は STATUS ENQUIRY を受信したことにより生成される STATUS メッセージに含まれます。呼の切断理由ではなく、RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>If a SIP call fails with Reason: Q.850;cause=30, the gateway has copied the cause of a status exchange on the PRI, which usually points to a call state mismatch on the D-channel.</source>
        <comment>seenWhen</comment>
        <translation>SIP の呼が Reason: Q.850;cause=30 で失敗した場合、ゲートウェイが PRI 上のステータス交換の cause をコピーしたものであり、通常は D チャネル上の呼状態の不一致を示しています。</translation>
    </message>
    <message>
        <source>ISDN equipment answering a status enquiry.</source>
        <comment>sentBy</comment>
        <translation>状態問い合わせに応答する ISDN 装置です。</translation>
    </message>
    <message>
        <source>There is nothing to retry directly; look for the real failure in the PRI trace.</source>
        <comment>retryNote</comment>
        <translation>直接再試行する対象はありません。PRI のトレースで実際の障害を探してください。</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace on the PRI and look for STATUS ENQUIRY and STATUS messages around the failure.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>PRI の Q.931 トレースを取得し、障害の前後にある STATUS ENQUIRY と STATUS メッセージを確認してください。</translation>
    </message>
    <message>
        <source>Check whether the gateway and the switch disagree on the call state.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>ゲートウェイと交換機の間で呼状態の認識が食い違っていないか確認してください。</translation>
    </message>
    <message>
        <source>Review the gateway&apos;s mapping of unexpected causes.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>想定外の cause に対するゲートウェイのマッピングを見直してください。</translation>
    </message>
    <message>
        <source>Carries cause=30; on its own it does not explain a failure.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=30 が入ります。これ単独では障害の説明にはなりません。</translation>
    </message>
    <message>
        <source>Cause 101 reports a message not compatible with the call state.</source>
        <comment>related q850:101</comment>
        <extracomment>How q850:101 differs</extracomment>
        <translation>cause 101 は、呼状態と適合しないメッセージを通知します。</translation>
    </message>
    <message>
        <source>Cause 98 also covers call state mismatches.</source>
        <comment>related q850:98</comment>
        <extracomment>How q850:98 differs</extracomment>
        <translation>cause 98 も、呼状態の不一致を対象としています。</translation>
    </message>
    <message>
        <source>Cause 31 is the generic normal event.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation>cause 31 は、汎用的な正常イベントです。</translation>
    </message>
</context>
<context>
    <name>q850:31</name>
    <message>
        <source>Normal, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>その他の正常クラス</translation>
    </message>
    <message>
        <source>A normal-class event that fits no more specific cause.</source>
        <comment>summary</comment>
        <translation>より具体的な cause が当てはまらない正常クラスのイベントです。</translation>
    </message>
    <message>
        <source>Used to report a normal event only when no other cause in the normal class applies. RFC 3398 renders it as 480 Temporarily Unavailable.</source>
        <comment>description</comment>
        <translation>正常クラスの他の cause がいずれも当てはまらない場合にのみ、正常イベントの報告に使われます。RFC 3398 では 480 Temporarily Unavailable に対応付けられています。</translation>
    </message>
    <message>
        <source>A 480 with Reason: Q.850;cause=31 from carriers whose switch has no better cause, or a BYE with cause 31 instead of 16.</source>
        <comment>seenWhen</comment>
        <translation>交換機がより適切な cause を持たないキャリアからの Reason: Q.850;cause=31 付きの 480、または cause 16 の代わりに cause 31 が入った BYE です。</translation>
    </message>
    <message>
        <source>Switches and gateways that fall back to a generic normal cause.</source>
        <comment>sentBy</comment>
        <translation>汎用的な正常 cause にフォールバックする交換機やゲートウェイです。</translation>
    </message>
    <message>
        <source>A later attempt may succeed; repeated failures need the carrier&apos;s own logs.</source>
        <comment>retryNote</comment>
        <translation>後の発信は成功する可能性があります。失敗が繰り返される場合は、キャリア側のログが必要です。</translation>
    </message>
    <message>
        <source>Check the text parameter in the Reason header for a vendor-specific explanation.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Reason ヘッダの text パラメータに、ベンダ固有の説明がないか確認してください。</translation>
    </message>
    <message>
        <source>Retry the call to see if the failure is consistent.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>呼を再試行し、一貫して失敗するかどうか確認してください。</translation>
    </message>
    <message>
        <source>Ask the carrier for their internal release reason with the Call-ID.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Call-ID を伝えて、キャリアに内部の切断理由を問い合わせてください。</translation>
    </message>
    <message>
        <source>Carries cause=31; the text parameter sometimes holds more detail.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=31 が入ります。text パラメータに詳細が含まれていることがあります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 16 is the specific normal clearing.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>cause 16 は、具体的な正常切断です。</translation>
    </message>
    <message>
        <source>Cause 127 is the generic interworking cause.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>cause 127 は、汎用的なインタワーキングの cause です。</translation>
    </message>
</context>
<context>
    <name>q850:34</name>
    <message>
        <source>No circuit/channel available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>利用可能回線／チャネルなし</translation>
    </message>
    <message>
        <source>No suitable circuit or channel is free to carry the call right now.</source>
        <comment>summary</comment>
        <translation>呼を運ぶのに適した空き回線またはチャネルが現在ありません。</translation>
    </message>
    <message>
        <source>There is no appropriate circuit or channel available at the moment to handle the call. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>現時点で、呼を処理できる適切な回線またはチャネルがありません。RFC 3398 では 503 Service Unavailable に対応付けられています。</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=34 from a carrier when your trunk&apos;s concurrent call limit is reached, or from a PRI gateway with all B-channels busy.</source>
        <comment>seenWhen</comment>
        <translation>トランクの同時通話数の上限に達した場合にキャリアから、またはすべての B チャネルが使用中の場合に PRI ゲートウェイから返される、Reason: Q.850;cause=34 付きの 503 です。</translation>
    </message>
    <message>
        <source>Carriers, PRI gateways and PBXs that have run out of trunk capacity.</source>
        <comment>sentBy</comment>
        <translation>トランク容量を使い切ったキャリア、PRI ゲートウェイ、PBX です。</translation>
    </message>
    <message>
        <source>Route advance to another trunk or carrier is appropriate. The same trunk may be retried after Retry-After or once calls have ended.</source>
        <comment>retryNote</comment>
        <translation>別のトランクまたはキャリアへのルートアドバンスが適切です。同じトランクへは Retry-After の経過後、または通話が終了してから再試行できます。</translation>
    </message>
    <message>
        <source>Compare the number of active calls with the channel or concurrency limit on the trunk.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>アクティブな通話数を、トランクのチャネル数または同時通話数の上限と比較してください。</translation>
    </message>
    <message>
        <source>Look at Retry-After and spread traffic over other trunks or carriers.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Retry-After を確認し、トラフィックを他のトランクやキャリアに分散してください。</translation>
    </message>
    <message>
        <source>Ask the carrier whether the route to the destination is congested.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>宛先へのルートが輻輳していないか、キャリアに問い合わせてください。</translation>
    </message>
    <message>
        <source>Carries cause=34; a location in the local network usually means your own trunk is full.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=34 が入ります。location がローカル網であれば、通常は自社のトランクが満杯であることを意味します。</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>負荷制限を行っているゲートウェイは、新たな呼の送出を控えるべき時間をここで示すことがあります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 42 is congestion in the switch itself.</source>
        <comment>related q850:42</comment>
        <extracomment>How q850:42 differs</extracomment>
        <translation>cause 42 は、交換機自体の輻輳です。</translation>
    </message>
    <message>
        <source>Cause 44 means one specific requested channel was unavailable.</source>
        <comment>related q850:44</comment>
        <extracomment>How q850:44 differs</extracomment>
        <translation>cause 44 は、要求された特定のチャネルが利用できなかったことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:38</name>
    <message>
        <source>Network out of order</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>網故障</translation>
    </message>
    <message>
        <source>The network is not working and the problem is likely to last a while.</source>
        <comment>summary</comment>
        <translation>網が動作しておらず、問題はしばらく続く可能性があります。</translation>
    </message>
    <message>
        <source>The network is not functioning correctly and the condition is expected to last for a relatively long period, so an immediate new attempt is unlikely to work. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>網が正常に機能しておらず、その状態が比較的長時間続くと予想されるため、すぐに再試行しても成功する見込みは低いです。RFC 3398 では 503 Service Unavailable に対応付けられています。</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=38 during a carrier outage or when the gateway has lost its SS7 or PRI link.</source>
        <comment>seenWhen</comment>
        <translation>キャリアの障害発生時や、ゲートウェイが SS7 または PRI のリンクを失った場合の、Reason: Q.850;cause=38 付きの 503 です。</translation>
    </message>
    <message>
        <source>A carrier network or gateway that has lost connectivity.</source>
        <comment>sentBy</comment>
        <translation>接続性を失ったキャリア網またはゲートウェイです。</translation>
    </message>
    <message>
        <source>Do not hammer the same route; fail over to another carrier and retry this one later, honouring Retry-After.</source>
        <comment>retryNote</comment>
        <translation>同じルートに繰り返し発信しないでください。別のキャリアに切り替え、Retry-After に従ってこのルートは後で再試行してください。</translation>
    </message>
    <message>
        <source>Check the carrier&apos;s status page or NOC for an outage.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>キャリアのステータスページや NOC で障害情報を確認してください。</translation>
    </message>
    <message>
        <source>Check the gateway&apos;s TDM links (SS7 signalling, PRI D-channel).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>ゲートウェイの TDM リンク（SS7 シグナリング、PRI の D チャネル）を確認してください。</translation>
    </message>
    <message>
        <source>Fail over to another carrier until service returns.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>サービスが復旧するまで別のキャリアに切り替えてください。</translation>
    </message>
    <message>
        <source>Carries cause=38; it suggests an outage rather than a momentary glitch.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=38 が入ります。瞬間的な不具合ではなく障害であることを示唆します。</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>負荷制限を行っているゲートウェイは、新たな呼の送出を控えるべき時間をここで示すことがあります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 41 is the short-lived variant where an immediate retry may work.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>cause 41 は、すぐに再試行すれば成功する可能性がある一時的なケースです。</translation>
    </message>
    <message>
        <source>Cause 27 is a failure at the destination rather than in the network.</source>
        <comment>related q850:27</comment>
        <extracomment>How q850:27 differs</extracomment>
        <translation>cause 27 は、網ではなく宛先での障害です。</translation>
    </message>
</context>
<context>
    <name>q850:39</name>
    <message>
        <source>Permanent frame mode connection out of service</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>永久フレームモードコネクション故障</translation>
    </message>
    <message>
        <source>A permanently established frame mode connection is out of service.</source>
        <comment>summary</comment>
        <translation>永久的に確立されたフレームモードコネクションが使用不能になっています。</translation>
    </message>
    <message>
        <source>Reports that a permanent frame mode connection, for example a frame relay circuit, is out of service because of equipment or section failure. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>装置や区間の障害により、永久フレームモードコネクション（フレームリレー回線など）が使用不能になったことを通知します。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Rarely seen on SIP trunks; it appears only if a gateway relays a cause from a frame mode data service.</source>
        <comment>seenWhen</comment>
        <translation>SIP トランクではまれです。ゲートウェイがフレームモードのデータサービスからの cause を中継した場合にのみ現れます。</translation>
    </message>
    <message>
        <source>Network equipment managing permanent frame mode connections.</source>
        <comment>sentBy</comment>
        <translation>永久フレームモードコネクションを管理する網装置です。</translation>
    </message>
    <message>
        <source>Use another path until the connection is restored.</source>
        <comment>retryNote</comment>
        <translation>コネクションが復旧するまでは別の経路を使用してください。</translation>
    </message>
    <message>
        <source>Check the status of the underlying frame mode or leased circuit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>基盤となるフレームモード回線または専用線の状態を確認してください。</translation>
    </message>
    <message>
        <source>Contact the provider of the permanent connection.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>永久コネクションの提供事業者に連絡してください。</translation>
    </message>
    <message>
        <source>Route over an alternative path until it is restored.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>復旧するまでは代替経路でルーティングしてください。</translation>
    </message>
    <message>
        <source>Carries cause=39; unusual in voice calls.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=39 が入ります。音声呼では一般的ではありません。</translation>
    </message>
    <message>
        <source>Cause 40 reports that the connection works again.</source>
        <comment>related q850:40</comment>
        <extracomment>How q850:40 differs</extracomment>
        <translation>cause 40 は、コネクションが再び動作していることを通知します。</translation>
    </message>
    <message>
        <source>Cause 38 is a general network failure.</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation>cause 38 は、一般的な網の故障です。</translation>
    </message>
</context>
<context>
    <name>q850:4</name>
    <message>
        <source>Send special information tone</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>特殊情報トーン送出</translation>
    </message>
    <message>
        <source>The called party cannot be reached for a long-term reason and an information tone should be played.</source>
        <comment>summary</comment>
        <translation>長期的な理由により着信者に到達できないため、情報トーンを流すべきことを示します。</translation>
    </message>
    <message>
        <source>The network signals that the destination is unreachable for reasons of a lasting nature and that the caller should hear a special information tone. RFC 3398 has no row for this cause, so the SIP code depends on the gateway.</source>
        <comment>description</comment>
        <translation>網が、永続的な理由で宛先に到達できないこと、および発信者に特殊情報トーンを聞かせるべきことを通知します。RFC 3398 にはこの cause の行がないため、SIP のコードはゲートウェイに依存します。</translation>
    </message>
    <message>
        <source>Appears in the Reason header of a 4xx or 5xx response from a PSTN gateway when the far network wants an intercept tone, for example for numbers out of service.</source>
        <comment>seenWhen</comment>
        <translation>相手側の網がインターセプトトーン（たとえば使用されていない番号に対するもの）を求める場合に、PSTN ゲートウェイからの 4xx または 5xx レスポンスの Reason ヘッダに現れます。</translation>
    </message>
    <message>
        <source>A PSTN exchange that wants the caller to hear an intercept tone or announcement.</source>
        <comment>sentBy</comment>
        <translation>発信者にインターセプトトーンまたはアナウンスを聞かせたい PSTN 交換機です。</translation>
    </message>
    <message>
        <source>The condition is long term, so automatic retries are pointless until the number is corrected.</source>
        <comment>retryNote</comment>
        <translation>状態が長期的なものであるため、番号が修正されるまで自動再試行は無意味です。</translation>
    </message>
    <message>
        <source>Listen to any early media (183 with SDP) for an intercept announcement explaining the reason.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>アーリーメディア（SDP 付きの 183）に理由を説明するインターセプトアナウンスがないか聞いてください。</translation>
    </message>
    <message>
        <source>Check that the number is still in service and correctly dialled.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>番号がまだ使用されているか、正しくダイヤルされているかを確認してください。</translation>
    </message>
    <message>
        <source>Ask the carrier what condition triggered the tone if the number should be valid.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>番号が有効であるはずなら、どのような状態でトーンが送出されたのかキャリアに問い合わせてください。</translation>
    </message>
    <message>
        <source>Carries cause=4; the SIP status code chosen by the gateway varies.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=4 が入ります。ゲートウェイが選択する SIP ステータスコードはさまざまです。</translation>
    </message>
    <message>
        <source>A common SIP rendering for an unreachable number; RFC 3398 itself has no row for cause 4.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>到達できない番号に対するよくある SIP での表現です。RFC 3398 自体には cause 4 の行はありません。</translation>
    </message>
    <message>
        <source>Cause 1 is the specific case of an unassigned number.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>cause 1 は、未割当番号に特化した cause です。</translation>
    </message>
    <message>
        <source>Cause 22 covers a number that has changed.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>cause 22 は、変更された番号を対象とします。</translation>
    </message>
</context>
<context>
    <name>q850:40</name>
    <message>
        <source>Permanent frame mode connection operational</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>永久フレームモードコネクション動作中</translation>
    </message>
    <message>
        <source>A permanent frame mode connection is working again.</source>
        <comment>summary</comment>
        <translation>永久フレームモードコネクションが再び動作しています。</translation>
    </message>
    <message>
        <source>Reports that a permanently established frame mode connection is operational and able to carry user information. It is informational and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>永久的に確立されたフレームモードコネクションが動作しており、ユーザ情報を転送できることを通知します。情報通知であり、RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Not a call failure; it would appear only if a gateway relays frame mode status into a SIP Reason header.</source>
        <comment>seenWhen</comment>
        <translation>呼の失敗ではありません。ゲートウェイがフレームモードの状態を SIP の Reason ヘッダに中継した場合にのみ現れます。</translation>
    </message>
    <message>
        <source>Network equipment managing permanent frame mode connections.</source>
        <comment>sentBy</comment>
        <translation>永久フレームモードコネクションを管理する網装置です。</translation>
    </message>
    <message>
        <source>Nothing to retry; the cause reports a restored connection.</source>
        <comment>retryNote</comment>
        <translation>コネクションの復旧を通知する cause であり、再試行は不要です。</translation>
    </message>
    <message>
        <source>Treat it as a status notice rather than an error.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>エラーではなく状態通知として扱ってください。</translation>
    </message>
    <message>
        <source>If it appears on a failed voice call, review the gateway&apos;s cause mapping.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>失敗した音声呼に現れた場合は、ゲートウェイの cause マッピングを見直してください。</translation>
    </message>
    <message>
        <source>Carries cause=40; informational.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=40 が入ります。情報通知です。</translation>
    </message>
    <message>
        <source>Cause 39 reports that the connection is out of service.</source>
        <comment>related q850:39</comment>
        <extracomment>How q850:39 differs</extracomment>
        <translation>cause 39 は、コネクションが使用不能であることを通知します。</translation>
    </message>
    <message>
        <source>Cause 16 is the ordinary end of a call.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>cause 16 は、通常の呼の終了です。</translation>
    </message>
</context>
<context>
    <name>q850:41</name>
    <message>
        <source>Temporary failure</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>一時的障害</translation>
    </message>
    <message>
        <source>A short-lived network problem; trying again soon may work.</source>
        <comment>summary</comment>
        <translation>短時間の網の問題です。すぐに再試行すれば成功する可能性があります。</translation>
    </message>
    <message>
        <source>The network is not functioning correctly, but the condition is not expected to last long, so another attempt almost immediately may succeed. RFC 3398 renders it as 503 Service Unavailable and also uses it for 400, 481, 500 and 503 in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation>網は正常に機能していませんが、その状態は長く続かないと予想されるため、ほぼ直ちに再試行すれば成功する可能性があります。RFC 3398 では 503 Service Unavailable に対応付けられており、SIP から ISUP 方向では 400、481、500、503 にもこの cause が使われます。</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=41 from a carrier during brief resource or signalling hiccups, or a REL with cause 41 when your side answered with a 5xx.</source>
        <comment>seenWhen</comment>
        <translation>短時間のリソースやシグナリングの不調時にキャリアから返される Reason: Q.850;cause=41 付きの 503、または自側が 5xx を返した場合の cause 41 付きの REL です。</translation>
    </message>
    <message>
        <source>Carriers and gateways reporting a transient internal or network problem.</source>
        <comment>sentBy</comment>
        <translation>一時的な内部または網の問題を報告するキャリアやゲートウェイです。</translation>
    </message>
    <message>
        <source>An immediate retry or route advance is reasonable; honour Retry-After if present.</source>
        <comment>retryNote</comment>
        <translation>直ちに再試行するか、ルートアドバンスするのが妥当です。Retry-After があればそれに従ってください。</translation>
    </message>
    <message>
        <source>Retry the call, or let the router advance to the next carrier.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>呼を再試行するか、ルータに次のキャリアへルートアドバンスさせてください。</translation>
    </message>
    <message>
        <source>Check the failure rate over time; a steady rate points to a persistent problem despite the cause.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>失敗率の推移を確認してください。失敗率が一定であれば、cause にかかわらず恒常的な問題を示しています。</translation>
    </message>
    <message>
        <source>Give the carrier Call-IDs if the temporary failures continue.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>一時的障害が続く場合は、Call-ID をキャリアに伝えてください。</translation>
    </message>
    <message>
        <source>Carries cause=41; it invites an immediate retry.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=41 が入ります。直ちに再試行することを促すものです。</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>負荷制限を行っているゲートウェイは、新たな呼の送出を控えるべき時間をここで示すことがあります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 38 is the long-lasting network failure.</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation>cause 38 は、長時間続く網の故障です。</translation>
    </message>
    <message>
        <source>Cause 42 is switch congestion.</source>
        <comment>related q850:42</comment>
        <extracomment>How q850:42 differs</extracomment>
        <translation>cause 42 は、交換機の輻輳です。</translation>
    </message>
</context>
<context>
    <name>q850:42</name>
    <message>
        <source>Switching equipment congestion</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>交換機輻輳</translation>
    </message>
    <message>
        <source>The switch handling the call is overloaded.</source>
        <comment>summary</comment>
        <translation>呼を処理している交換機が過負荷になっています。</translation>
    </message>
    <message>
        <source>The switching equipment that generated the cause is under high traffic load. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>この cause を生成した交換装置が高トラフィック負荷の状態にあります。RFC 3398 では 503 Service Unavailable に対応付けられています。</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=42 during traffic peaks or when calls are sent faster than the carrier&apos;s calls-per-second limit.</source>
        <comment>seenWhen</comment>
        <translation>トラフィックのピーク時や、キャリアの CPS（秒間呼数）上限を超える速度で呼を送出した場合の、Reason: Q.850;cause=42 付きの 503 です。</translation>
    </message>
    <message>
        <source>An overloaded carrier switch, SBC or gateway.</source>
        <comment>sentBy</comment>
        <translation>過負荷状態にあるキャリアの交換機、SBC、またはゲートウェイです。</translation>
    </message>
    <message>
        <source>Route advance is appropriate; retry the congested route only after Retry-After or a back-off.</source>
        <comment>retryNote</comment>
        <translation>ルートアドバンスが適切です。輻輳しているルートへの再試行は、Retry-After の経過後またはバックオフ後に限ってください。</translation>
    </message>
    <message>
        <source>Check your call attempt rate against the carrier&apos;s CPS limit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>自側の発信試行レートをキャリアの CPS 上限と比較してください。</translation>
    </message>
    <message>
        <source>Honour Retry-After and pace new attempts.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Retry-After に従い、新たな発信のペースを調整してください。</translation>
    </message>
    <message>
        <source>Spread traffic over other carriers during peaks.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ピーク時にはトラフィックを他のキャリアに分散してください。</translation>
    </message>
    <message>
        <source>Carries cause=42; the location shows which network is congested.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=42 が入ります。location から、どの網が輻輳しているかがわかります。</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>負荷制限を行っているゲートウェイは、新たな呼の送出を控えるべき時間をここで示すことがあります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 34 is a lack of circuits rather than switch overload.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>cause 34 は、交換機の過負荷ではなく回線の不足です。</translation>
    </message>
    <message>
        <source>Cause 41 is a transient failure.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>cause 41 は、一時的な障害です。</translation>
    </message>
</context>
<context>
    <name>q850:43</name>
    <message>
        <source>Access information discarded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>アクセス情報廃棄</translation>
    </message>
    <message>
        <source>Some access information could not be delivered to the remote user.</source>
        <comment>summary</comment>
        <translation>一部のアクセス情報を相手ユーザに届けられませんでした。</translation>
    </message>
    <message>
        <source>The network could not pass on access information the user sent, such as user-to-user information, compatibility information or a subaddress; the diagnostic says which element was dropped. The call itself may continue, and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>ユーザが送信したアクセス情報（ユーザ・ユーザ情報、整合性情報、サブアドレスなど）を網が転送できませんでした。どの情報要素が破棄されたかは診断情報に示されます。呼自体は継続する場合があり、RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Occasionally visible in a Reason header when a gateway relays this cause from an ISDN progress or release message, often on calls carrying user-to-user information.</source>
        <comment>seenWhen</comment>
        <translation>ゲートウェイが ISDN の経過表示メッセージや解放メッセージからこの cause を中継した場合に、Reason ヘッダにときどき現れます。ユーザ・ユーザ情報を含む呼でよく見られます。</translation>
    </message>
    <message>
        <source>An ISDN network that dropped part of the call information.</source>
        <comment>sentBy</comment>
        <translation>呼情報の一部を破棄した ISDN 網です。</translation>
    </message>
    <message>
        <source>Usually nothing to retry; the call can proceed without the discarded information.</source>
        <comment>retryNote</comment>
        <translation>通常は再試行の必要はありません。破棄された情報がなくても呼は継続できます。</translation>
    </message>
    <message>
        <source>Check which information element the diagnostic names.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>診断情報で示されている情報要素を確認してください。</translation>
    </message>
    <message>
        <source>Stop sending that information (for example user-to-user data) if the far end cannot take it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>相手側が受け取れない場合は、その情報（ユーザ・ユーザデータなど）の送信をやめてください。</translation>
    </message>
    <message>
        <source>Treat it as a warning if the call otherwise connected.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>呼がそれ以外は正常に接続されたのであれば、警告として扱ってください。</translation>
    </message>
    <message>
        <source>Carries cause=43; the cause alone does not mean the call failed.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=43 が入ります。この cause だけでは呼が失敗したことを意味しません。</translation>
    </message>
    <message>
        <source>Cause 29 rejects a requested facility outright.</source>
        <comment>related q850:29</comment>
        <extracomment>How q850:29 differs</extracomment>
        <translation>cause 29 は、要求されたファシリティをそのまま拒否します。</translation>
    </message>
    <message>
        <source>Cause 99 concerns unrecognised elements rather than undeliverable ones.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>cause 99 は、届けられない情報要素ではなく、認識されない情報要素に関するものです。</translation>
    </message>
    <message>
        <source>A possible SIP rendering if the gateway fails the call; RFC 3398 has no row for cause 43.</source>
        <comment>related 502</comment>
        <extracomment>How 502 differs</extracomment>
        <translation>ゲートウェイが呼を失敗させる場合に考えられる SIP での表現です。RFC 3398 には cause 43 の行はありません。</translation>
    </message>
</context>
<context>
    <name>q850:44</name>
    <message>
        <source>Requested circuit/channel not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>要求回線／チャネル利用不可</translation>
    </message>
    <message>
        <source>The specific circuit or channel asked for cannot be provided.</source>
        <comment>summary</comment>
        <translation>要求された特定の回線またはチャネルを提供できません。</translation>
    </message>
    <message>
        <source>The circuit or channel requested by the other side cannot be provided, for example when an exclusive channel request collides with a channel already in use. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>相手側が要求した回線またはチャネルを提供できません。たとえば、排他的なチャネル要求がすでに使用中のチャネルと衝突した場合です。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen in the Reason header of a 5xx from a PRI or ISUP gateway when channel selection collides, such as two sides grabbing the same B-channel or CIC.</source>
        <comment>seenWhen</comment>
        <translation>双方が同じ B チャネルや CIC を同時に捕捉するなど、チャネル選択が衝突した場合に、PRI または ISUP ゲートウェイからの 5xx の Reason ヘッダに見られます。</translation>
    </message>
    <message>
        <source>PRI and ISUP equipment on either side of a trunk.</source>
        <comment>sentBy</comment>
        <translation>トランクのどちら側にもなり得る PRI および ISUP 装置です。</translation>
    </message>
    <message>
        <source>Retry on another channel, span or gateway.</source>
        <comment>retryNote</comment>
        <translation>別のチャネル、スパン、またはゲートウェイで再試行してください。</translation>
    </message>
    <message>
        <source>Check whether both sides use exclusive channel selection and pick channels from the same end.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>双方が排他的チャネル選択を使用し、同じ端からチャネルを選んでいないか確認してください。</translation>
    </message>
    <message>
        <source>Configure opposite hunting directions to reduce glare.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>グレアを減らすため、ハンティング方向を互いに逆に設定してください。</translation>
    </message>
    <message>
        <source>Check for circuits blocked on one side but not the other.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>一方では閉塞されているが他方では閉塞されていない回線がないか確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=44; it points to the TDM side of the gateway.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=44 が入ります。ゲートウェイの TDM 側に問題があることを示します。</translation>
    </message>
    <message>
        <source>Cause 34 means no channel at all is free.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>cause 34 は、空きチャネルがまったくないことを示します。</translation>
    </message>
    <message>
        <source>Cause 6 means the offered channel is unacceptable.</source>
        <comment>related q850:6</comment>
        <extracomment>How q850:6 differs</extracomment>
        <translation>cause 6 は、提示されたチャネルが受け入れられないことを示します。</translation>
    </message>
    <message>
        <source>A likely SIP rendering; RFC 3398 has no row for cause 44.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>想定される SIP での表現です。RFC 3398 には cause 44 の行はありません。</translation>
    </message>
</context>
<context>
    <name>q850:46</name>
    <message>
        <source>Precedence call blocked</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>優先呼ブロック</translation>
    </message>
    <message>
        <source>A precedence call could not be completed because no preemptable resource was available.</source>
        <comment>summary</comment>
        <translation>プリエンプト可能なリソースがなかったため、優先呼を完了できませんでした。</translation>
    </message>
    <message>
        <source>In MLPP networks, the call was blocked because there are no preemptable circuits, or the called user is busy with a call of equal or higher precedence. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>MLPP 網において、プリエンプト可能な回線がないか、着信ユーザが同等以上の優先度の呼でビジーであるため、呼がブロックされました。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen in government or defence networks using MLPP, in the Reason header of a failure response for a priority call.</source>
        <comment>seenWhen</comment>
        <translation>MLPP を使用する政府機関や防衛関係の網で、優先呼の失敗レスポンスの Reason ヘッダに見られます。</translation>
    </message>
    <message>
        <source>An MLPP-capable exchange.</source>
        <comment>sentBy</comment>
        <translation>MLPP に対応した交換機です。</translation>
    </message>
    <message>
        <source>Retry later, or with higher precedence only if policy allows it.</source>
        <comment>retryNote</comment>
        <translation>時間をおいて再試行するか、ポリシーで許される場合に限りより高い優先度で再試行してください。</translation>
    </message>
    <message>
        <source>Check the precedence level in the Resource-Priority header.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Resource-Priority ヘッダの優先レベルを確認してください。</translation>
    </message>
    <message>
        <source>Retry later or at a higher precedence if authorised.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>時間をおいて再試行するか、権限があればより高い優先度で再試行してください。</translation>
    </message>
    <message>
        <source>Review capacity on the affected route with the network operator.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>影響を受けているルートの容量を網の運用者と確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=46.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=46 が入ります。</translation>
    </message>
    <message>
        <source>Shows the precedence the call requested.</source>
        <comment>header Resource-Priority</comment>
        <extracomment>Why to inspect the Resource-Priority header</extracomment>
        <translation>呼が要求した優先度を示します。</translation>
    </message>
    <message>
        <source>Cause 8 preempts an existing call.</source>
        <comment>related q850:8</comment>
        <extracomment>How q850:8 differs</extracomment>
        <translation>cause 8 は、既存の呼をプリエンプトします。</translation>
    </message>
    <message>
        <source>Cause 17 is an ordinary busy.</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation>cause 17 は、通常のビジーです。</translation>
    </message>
    <message>
        <source>Cause 34 is a lack of circuits without precedence.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>cause 34 は、優先度とは関係のない回線の不足です。</translation>
    </message>
</context>
<context>
    <name>q850:47</name>
    <message>
        <source>Resource unavailable, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>その他のリソース使用不可クラス</translation>
    </message>
    <message>
        <source>A needed resource is unavailable and no more specific cause applies.</source>
        <comment>summary</comment>
        <translation>必要なリソースが利用できず、より具体的な cause が当てはまりません。</translation>
    </message>
    <message>
        <source>Reports a resource unavailable event only when no other cause in that class fits. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>そのクラスの他の cause がいずれも当てはまらない場合にのみ、リソース使用不可のイベントを報告します。RFC 3398 では 503 Service Unavailable に対応付けられています。</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=47 when a gateway runs out of DSP or transcoding resources, or a carrier has an unnamed resource shortage.</source>
        <comment>seenWhen</comment>
        <translation>ゲートウェイの DSP やトランスコーディングのリソースが枯渇した場合や、キャリアで不特定のリソース不足が発生した場合の、Reason: Q.850;cause=47 付きの 503 です。</translation>
    </message>
    <message>
        <source>Gateways and switches out of an internal resource.</source>
        <comment>sentBy</comment>
        <translation>内部リソースが枯渇したゲートウェイや交換機です。</translation>
    </message>
    <message>
        <source>Try another route now; retry this one after Retry-After or when load drops.</source>
        <comment>retryNote</comment>
        <translation>今すぐ別のルートを試してください。このルートへは Retry-After の経過後、または負荷が下がってから再試行してください。</translation>
    </message>
    <message>
        <source>Check DSP, transcoder and media port usage on the gateway or SBC.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>ゲートウェイまたは SBC の DSP、トランスコーダ、メディアポートの使用状況を確認してください。</translation>
    </message>
    <message>
        <source>Offer codecs that avoid transcoding.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>トランスコーディングが不要なコーデックを提示してください。</translation>
    </message>
    <message>
        <source>Route advance to another gateway while resources are exhausted.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>リソースが枯渇している間は、別のゲートウェイへルートアドバンスしてください。</translation>
    </message>
    <message>
        <source>Carries cause=47; the text parameter may name the resource.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=47 が入ります。text パラメータにリソースが示されることがあります。</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>負荷制限を行っているゲートウェイは、新たな呼の送出を控えるべき時間をここで示すことがあります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 34 is the specific lack of circuits.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>cause 34 は、回線不足に特化した cause です。</translation>
    </message>
    <message>
        <source>Cause 58 is a temporary lack of the requested bearer.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation>cause 58 は、要求された伝達能力の一時的な不足です。</translation>
    </message>
</context>
<context>
    <name>q850:49</name>
    <message>
        <source>Quality of Service not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>QoS 利用不可</translation>
    </message>
    <message>
        <source>The requested quality of service cannot be provided.</source>
        <comment>summary</comment>
        <translation>要求されたサービス品質を提供できません。</translation>
    </message>
    <message>
        <source>The network cannot deliver the quality of service that was requested. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>網は要求されたサービス品質を提供できません。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Rare on voice trunks; a gateway may relay it in a Reason header when an ISDN or data service cannot meet a requested QoS.</source>
        <comment>seenWhen</comment>
        <translation>音声トランクではまれです。ISDN やデータサービスが要求された QoS を満たせない場合に、ゲートウェイが Reason ヘッダで中継することがあります。</translation>
    </message>
    <message>
        <source>Network equipment that cannot meet a QoS request.</source>
        <comment>sentBy</comment>
        <translation>QoS 要求を満たせない網装置です。</translation>
    </message>
    <message>
        <source>Another route or default parameters may work.</source>
        <comment>retryNote</comment>
        <translation>別のルートまたはデフォルトのパラメータで成功する可能性があります。</translation>
    </message>
    <message>
        <source>Check whether the call requested special bearer or QoS parameters.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>呼が特別な伝達能力や QoS パラメータを要求していないか確認してください。</translation>
    </message>
    <message>
        <source>Retry with default service parameters.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>デフォルトのサービスパラメータで再試行してください。</translation>
    </message>
    <message>
        <source>Try another route with more capacity.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>容量に余裕のある別のルートを試してください。</translation>
    </message>
    <message>
        <source>Carries cause=49.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=49 が入ります。</translation>
    </message>
    <message>
        <source>Cause 47 is the general resource shortage.</source>
        <comment>related q850:47</comment>
        <extracomment>How q850:47 differs</extracomment>
        <translation>cause 47 は、一般的なリソース不足です。</translation>
    </message>
    <message>
        <source>Cause 58 is a bearer that is temporarily unavailable.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation>cause 58 は、一時的に利用できない伝達能力です。</translation>
    </message>
</context>
<context>
    <name>q850:5</name>
    <message>
        <source>Misdialled trunk prefix (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>トランクプレフィックス誤ダイヤル（国内使用）</translation>
    </message>
    <message>
        <source>The called number wrongly includes a national trunk prefix.</source>
        <comment>summary</comment>
        <translation>着番号に国内のトランクプレフィックスが誤って含まれています。</translation>
    </message>
    <message>
        <source>The called number contains a trunk prefix, such as a leading 0, that should have been removed before the number was sent into the network. RFC 3398 has no row for this cause.</source>
        <comment>description</comment>
        <translation>着番号に、網に送出する前に削除されているべきトランクプレフィックス（先頭の 0 など）が含まれています。RFC 3398 にはこの cause の行はありません。</translation>
    </message>
    <message>
        <source>Seen in the Reason header of a failure response when the SBC sends national numbers with the trunk prefix still attached, or prepends a country code without stripping the leading 0.</source>
        <comment>seenWhen</comment>
        <translation>SBC が国内番号をトランクプレフィックスを付けたまま送出した場合や、先頭の 0 を削除せずに国番号を付加した場合に、失敗レスポンスの Reason ヘッダに見られます。</translation>
    </message>
    <message>
        <source>A national exchange that detects a trunk prefix in the called number.</source>
        <comment>sentBy</comment>
        <translation>着番号にトランクプレフィックスを検出した国内交換機です。</translation>
    </message>
    <message>
        <source>Retry only with the number rewritten without the trunk prefix.</source>
        <comment>retryNote</comment>
        <translation>トランクプレフィックスを除いた番号に書き換えてから再試行してください。</translation>
    </message>
    <message>
        <source>Compare the Request-URI and To user part with the format the carrier expects (national, international or E.164).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Request-URI と To のユーザ部を、キャリアが想定する形式（国内、国際、または E.164）と比較してください。</translation>
    </message>
    <message>
        <source>Fix the number normalisation rule so the trunk prefix is stripped when a country code is added.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>国番号を付加する際にトランクプレフィックスが削除されるよう、番号正規化ルールを修正してください。</translation>
    </message>
    <message>
        <source>Place a test call and confirm the digits on the carrier side.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>テスト発信を行い、キャリア側で受信した番号を確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=5; the called number in the INVITE is the thing to inspect.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=5 が入ります。確認すべきは INVITE 内の着番号です。</translation>
    </message>
    <message>
        <source>A likely SIP rendering for a number in the wrong form; RFC 3398 has no row for cause 5.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>形式の誤った番号に対する想定される SIP での表現です。RFC 3398 には cause 5 の行はありません。</translation>
    </message>
    <message>
        <source>Cause 28 covers numbers that are incomplete or in an invalid format.</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation>cause 28 は、不完全または無効な形式の番号を対象とします。</translation>
    </message>
    <message>
        <source>Cause 1 is returned when the digits form a valid but unassigned number.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>cause 1 は、番号の形式は有効だが割り当てられていない場合に返されます。</translation>
    </message>
</context>
<context>
    <name>q850:50</name>
    <message>
        <source>Requested facility not subscribed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>要求ファシリティ未契約</translation>
    </message>
    <message>
        <source>The caller asked for a supplementary service it has not subscribed to.</source>
        <comment>summary</comment>
        <translation>発信者が契約していない付加サービスを要求しました。</translation>
    </message>
    <message>
        <source>The requested supplementary service is implemented, but the user has not completed the administrative arrangements to use it. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>要求された付加サービスは実装されていますが、ユーザはその利用に必要な契約手続きを完了していません。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen in a failure response when the carrier account lacks a feature the call needs, such as a caller ID option or a service class.</source>
        <comment>seenWhen</comment>
        <translation>発信者番号のオプションやサービスクラスなど、呼に必要な機能がキャリアのアカウントにない場合に、失敗レスポンスに見られます。</translation>
    </message>
    <message>
        <source>A carrier exchange enforcing subscription data.</source>
        <comment>sentBy</comment>
        <translation>契約データを適用するキャリアの交換機です。</translation>
    </message>
    <message>
        <source>Retry without the unsubscribed service, or after subscribing to it.</source>
        <comment>retryNote</comment>
        <translation>未契約のサービスを除いて再試行するか、契約後に再試行してください。</translation>
    </message>
    <message>
        <source>Identify the service the call requested.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>呼が要求したサービスを特定してください。</translation>
    </message>
    <message>
        <source>Check the account features with the carrier.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>アカウントの機能をキャリアに確認してください。</translation>
    </message>
    <message>
        <source>Retry without the service or after it is enabled.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>サービスを除いて、または有効化された後に再試行してください。</translation>
    </message>
    <message>
        <source>Carries cause=50; the diagnostic may identify the facility.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=50 が入ります。診断情報でファシリティが特定されることがあります。</translation>
    </message>
    <message>
        <source>Cause 29 rejects a facility without blaming the subscription.</source>
        <comment>related q850:29</comment>
        <extracomment>How q850:29 differs</extracomment>
        <translation>cause 29 は、契約を理由とせずにファシリティを拒否します。</translation>
    </message>
    <message>
        <source>Cause 69 means the facility is not implemented at all.</source>
        <comment>related q850:69</comment>
        <extracomment>How q850:69 differs</extracomment>
        <translation>cause 69 は、ファシリティがまったく実装されていないことを示します。</translation>
    </message>
    <message>
        <source>Cause 57 is the bearer capability equivalent.</source>
        <comment>related q850:57</comment>
        <extracomment>How q850:57 differs</extracomment>
        <translation>cause 57 は、伝達能力についての同等の cause です。</translation>
    </message>
</context>
<context>
    <name>q850:53</name>
    <message>
        <source>Outgoing calls barred within CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>CUG 内発信規制</translation>
    </message>
    <message>
        <source>The caller belongs to the closed user group but may not make outgoing calls in it.</source>
        <comment>summary</comment>
        <translation>発信者は閉域ユーザグループに属していますが、そのグループ内での発信を許可されていません。</translation>
    </message>
    <message>
        <source>The calling party is a member of the closed user group (CUG) for the outgoing CUG call, but outgoing calls are not permitted for this member. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>発信者は発信 CUG 呼の閉域ユーザグループ（CUG）のメンバですが、このメンバには発信が許可されていません。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen on enterprise or virtual private network services built on CUGs, in the Reason header of a rejection.</source>
        <comment>seenWhen</comment>
        <translation>CUG を基盤とする企業向けサービスや仮想プライベート網サービスで、拒否の Reason ヘッダに見られます。</translation>
    </message>
    <message>
        <source>A network enforcing closed user group rules.</source>
        <comment>sentBy</comment>
        <translation>閉域ユーザグループの規則を適用する網です。</translation>
    </message>
    <message>
        <source>Do not retry until the CUG restrictions are changed.</source>
        <comment>retryNote</comment>
        <translation>CUG の制限が変更されるまで再試行しないでください。</translation>
    </message>
    <message>
        <source>Check the caller&apos;s CUG membership and restrictions with the operator.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>発信者の CUG メンバシップと制限を運用者に確認してください。</translation>
    </message>
    <message>
        <source>Place the call without the CUG if policy allows.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>ポリシーで許される場合は、CUG を使わずに発信してください。</translation>
    </message>
    <message>
        <source>Ask the administrator to lift the outgoing restriction.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>発信規制を解除するよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Carries cause=53.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=53 が入ります。</translation>
    </message>
    <message>
        <source>Cause 55 bars incoming calls to the member instead.</source>
        <comment>related q850:55</comment>
        <extracomment>How q850:55 differs</extracomment>
        <translation>cause 55 は、代わりにメンバへの着信を規制します。</translation>
    </message>
    <message>
        <source>Cause 87 means a party is not in the CUG.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation>cause 87 は、当事者が CUG に属していないことを示します。</translation>
    </message>
    <message>
        <source>A likely SIP rendering; RFC 3398 has no row for cause 53.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>想定される SIP での表現です。RFC 3398 には cause 53 の行はありません。</translation>
    </message>
</context>
<context>
    <name>q850:55</name>
    <message>
        <source>Incoming calls barred within CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>CUG 内着信規制</translation>
    </message>
    <message>
        <source>The called party is in the closed user group but does not accept incoming calls in it.</source>
        <comment>summary</comment>
        <translation>着信者は閉域ユーザグループに属していますが、そのグループ内での着信を受け付けていません。</translation>
    </message>
    <message>
        <source>Although the called party is a member of the closed user group for this incoming CUG call, incoming calls are not allowed to this member. RFC 3398 renders it as 403 Forbidden.</source>
        <comment>description</comment>
        <translation>着信者はこの着信 CUG 呼の閉域ユーザグループのメンバですが、このメンバへの着信は許可されていません。RFC 3398 では 403 Forbidden に対応付けられています。</translation>
    </message>
    <message>
        <source>A 403 with Reason: Q.850;cause=55 on CUG-based enterprise services.</source>
        <comment>seenWhen</comment>
        <translation>CUG を基盤とする企業向けサービスで見られる Reason: Q.850;cause=55 付きの 403 です。</translation>
    </message>
    <message>
        <source>A network enforcing closed user group rules.</source>
        <comment>sentBy</comment>
        <translation>閉域ユーザグループの規則を適用する網です。</translation>
    </message>
    <message>
        <source>Do not retry until the restriction is changed.</source>
        <comment>retryNote</comment>
        <translation>制限が変更されるまで再試行しないでください。</translation>
    </message>
    <message>
        <source>Check the called member&apos;s CUG restrictions.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>着信側メンバの CUG 制限を確認してください。</translation>
    </message>
    <message>
        <source>Ask the administrator to allow incoming calls if appropriate.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>適切であれば、着信を許可するよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Reach the party through a non-CUG number if policy allows.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ポリシーで許される場合は、CUG 外の番号で相手に発信してください。</translation>
    </message>
    <message>
        <source>Carries cause=55.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=55 が入ります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 53 bars outgoing calls for the caller.</source>
        <comment>related q850:53</comment>
        <extracomment>How q850:53 differs</extracomment>
        <translation>cause 53 は、発信者の発信を規制します。</translation>
    </message>
    <message>
        <source>Cause 87 means one party is not in the CUG.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation>cause 87 は、一方の当事者が CUG に属していないことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:57</name>
    <message>
        <source>Bearer capability not authorized</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>伝達能力不許可</translation>
    </message>
    <message>
        <source>The caller asked for a bearer service it is not allowed to use.</source>
        <comment>summary</comment>
        <translation>発信者が利用を許可されていない伝達サービスを要求しました。</translation>
    </message>
    <message>
        <source>The requested bearer capability is implemented by the equipment, but the user is not authorised to use it. RFC 3398 renders it as 403 Forbidden.</source>
        <comment>description</comment>
        <translation>要求された伝達能力は装置に実装されていますが、ユーザはその利用を許可されていません。RFC 3398 では 403 Forbidden に対応付けられています。</translation>
    </message>
    <message>
        <source>A 403 with Reason: Q.850;cause=57 when a gateway signals a data or unrestricted digital bearer, for example for clear-channel or video calls, on a trunk provisioned only for speech.</source>
        <comment>seenWhen</comment>
        <translation>音声専用として提供されているトランクで、ゲートウェイがデータや非制限デジタルの伝達能力（クリアチャネルやテレビ電話の呼など）を通知した場合の、Reason: Q.850;cause=57 付きの 403 です。</translation>
    </message>
    <message>
        <source>A PSTN exchange checking bearer service authorisation.</source>
        <comment>sentBy</comment>
        <translation>伝達サービスの許可を確認する PSTN 交換機です。</translation>
    </message>
    <message>
        <source>Retry with a bearer capability the account is allowed to use.</source>
        <comment>retryNote</comment>
        <translation>アカウントで利用が許可されている伝達能力で再試行してください。</translation>
    </message>
    <message>
        <source>Check the bearer capability the gateway sends for this call type.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>この種類の呼に対してゲートウェイが送出する伝達能力を確認してください。</translation>
    </message>
    <message>
        <source>Use speech or 3.1 kHz audio bearer for voice and fax calls.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>音声呼と FAX 呼には、音声（speech）または 3.1 kHz オーディオの伝達能力を使用してください。</translation>
    </message>
    <message>
        <source>Ask the carrier to provision the bearer service if it is needed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>必要であれば、その伝達サービスを提供するようキャリアに依頼してください。</translation>
    </message>
    <message>
        <source>Carries cause=57.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=57 が入ります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 58 means the bearer is allowed but temporarily unavailable.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation>cause 58 は、伝達能力は許可されているが一時的に利用できないことを示します。</translation>
    </message>
    <message>
        <source>Cause 65 means the bearer is not implemented.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>cause 65 は、伝達能力が未提供であることを示します。</translation>
    </message>
</context>
<context>
    <name>q850:58</name>
    <message>
        <source>Bearer capability not presently available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>現在利用不可の伝達能力</translation>
    </message>
    <message>
        <source>The requested bearer service exists but cannot be provided right now.</source>
        <comment>summary</comment>
        <translation>要求された伝達サービスは存在しますが、現在は提供できません。</translation>
    </message>
    <message>
        <source>The bearer capability is implemented but is not available at this time. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>伝達能力は実装されていますが、現時点では利用できません。RFC 3398 では 503 Service Unavailable に対応付けられています。</translation>
    </message>
    <message>
        <source>A 503 with Reason: Q.850;cause=58 when resources for a particular bearer, such as unrestricted digital, are exhausted; Asterisk also uses this cause when no common codec is found.</source>
        <comment>seenWhen</comment>
        <translation>非制限デジタルなど特定の伝達能力のリソースが枯渇した場合の、Reason: Q.850;cause=58 付きの 503 です。Asterisk も、共通のコーデックが見つからない場合にこの cause を使用します。</translation>
    </message>
    <message>
        <source>Exchanges and gateways short of a specific bearer resource.</source>
        <comment>sentBy</comment>
        <translation>特定の伝達能力のリソースが不足している交換機やゲートウェイです。</translation>
    </message>
    <message>
        <source>Retry later or over another route; the bearer may become available.</source>
        <comment>retryNote</comment>
        <translation>伝達能力が利用可能になる可能性があるため、時間をおいて、または別のルートで再試行してください。</translation>
    </message>
    <message>
        <source>Check whether the failure is specific to data or video calls.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>データ呼やテレビ電話の呼に限って失敗しているかどうか確認してください。</translation>
    </message>
    <message>
        <source>Retry later or over a route with spare capacity for that bearer.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>時間をおいて再試行するか、その伝達能力の容量に余裕のあるルートで再試行してください。</translation>
    </message>
    <message>
        <source>If Asterisk produced it, compare the codec lists on both legs.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Asterisk が生成したものであれば、両方のレッグのコーデックリストを比較してください。</translation>
    </message>
    <message>
        <source>Carries cause=58.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=58 が入ります。</translation>
    </message>
    <message>
        <source>A gateway that is shedding load may say here how long to back off before sending new calls.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>負荷制限を行っているゲートウェイは、新たな呼の送出を控えるべき時間をここで示すことがあります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 65 means the bearer is not implemented at all.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>cause 65 は、伝達能力がまったく実装されていないことを示します。</translation>
    </message>
    <message>
        <source>Asterisk sends 488 for this cause, unlike RFC 3398.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>Asterisk は RFC 3398 とは異なり、この cause に対して 488 を送信します。</translation>
    </message>
</context>
<context>
    <name>q850:6</name>
    <message>
        <source>Channel unacceptable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>チャネル利用不可</translation>
    </message>
    <message>
        <source>The B-channel or circuit most recently offered is not acceptable to the sender.</source>
        <comment>summary</comment>
        <translation>直近に提示された B チャネルまたは回線が、送信側にとって受け入れられません。</translation>
    </message>
    <message>
        <source>During ISDN call set-up the channel identified by the other side cannot be used by the equipment sending this cause. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>ISDN の呼設定中に、相手側が指定したチャネルを、この cause を送信する装置が使用できません。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Shows up in the Reason header of a 5xx from a PRI or ISUP gateway when channel negotiation on the TDM side fails, often after a span reconfiguration.</source>
        <comment>seenWhen</comment>
        <translation>TDM 側のチャネルネゴシエーションが失敗した場合に、PRI または ISUP ゲートウェイからの 5xx の Reason ヘッダに現れます。スパンの再設定後によく発生します。</translation>
    </message>
    <message>
        <source>An ISDN PRI or ISUP gateway, or the switch on the other side of it.</source>
        <comment>sentBy</comment>
        <translation>ISDN PRI または ISUP のゲートウェイ、またはその対向の交換機です。</translation>
    </message>
    <message>
        <source>Another span or gateway may accept the call; the same channel choice will be refused again.</source>
        <comment>retryNote</comment>
        <translation>別のスパンやゲートウェイなら呼を受け付ける可能性があります。同じチャネル選択では再び拒否されます。</translation>
    </message>
    <message>
        <source>Check the PRI channel selection mode (preferred or exclusive) on both the gateway and the PBX or carrier.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>ゲートウェイと PBX またはキャリアの両方で、PRI のチャネル選択モード（優先または排他）を確認してください。</translation>
    </message>
    <message>
        <source>Look for B-channels in maintenance or blocked state on the span.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>スパン上に保守状態または閉塞状態の B チャネルがないか確認してください。</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace to see which channel was offered and refused.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Q.931 トレースを取得し、どのチャネルが提示され拒否されたかを確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=6; the problem lies on the TDM side of the gateway.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=6 が入ります。問題はゲートウェイの TDM 側にあります。</translation>
    </message>
    <message>
        <source>A likely SIP rendering for a channel problem; RFC 3398 has no row for cause 6.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>チャネルの問題に対する想定される SIP での表現です。RFC 3398 には cause 6 の行はありません。</translation>
    </message>
    <message>
        <source>Cause 44 means the specifically requested channel is not available.</source>
        <comment>related q850:44</comment>
        <extracomment>How q850:44 differs</extracomment>
        <translation>cause 44 は、特定して要求されたチャネルが利用できないことを示します。</translation>
    </message>
    <message>
        <source>Cause 82 means the identified channel does not exist.</source>
        <comment>related q850:82</comment>
        <extracomment>How q850:82 differs</extracomment>
        <translation>cause 82 は、指定されたチャネルが存在しないことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:62</name>
    <message>
        <source>Inconsistency in designated outgoing access information and subscriber class</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>指定発信アクセス情報と加入者クラスの不一致</translation>
    </message>
    <message>
        <source>The CUG outgoing access requested does not match the subscriber&apos;s class.</source>
        <comment>summary</comment>
        <translation>要求された CUG の発信アクセスが加入者のクラスと一致しません。</translation>
    </message>
    <message>
        <source>The outgoing access information designated for the call is inconsistent with the subscriber class, a closed user group check. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>呼に指定された発信アクセス情報が、閉域ユーザグループのチェックである加入者クラスと一致しません。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen on CUG-based services when a call asks for outgoing access that the subscriber&apos;s profile does not include.</source>
        <comment>seenWhen</comment>
        <translation>CUG を基盤とするサービスで、加入者のプロファイルに含まれていない発信アクセスを呼が要求した場合に見られます。</translation>
    </message>
    <message>
        <source>A network enforcing closed user group data.</source>
        <comment>sentBy</comment>
        <translation>閉域ユーザグループのデータを適用する網です。</translation>
    </message>
    <message>
        <source>Do not retry until the profile or the access request is fixed.</source>
        <comment>retryNote</comment>
        <translation>プロファイルまたはアクセス要求が修正されるまで再試行しないでください。</translation>
    </message>
    <message>
        <source>Check the subscriber&apos;s CUG profile and outgoing access setting.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>加入者の CUG プロファイルと発信アクセスの設定を確認してください。</translation>
    </message>
    <message>
        <source>Place the call with access options consistent with the profile.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>プロファイルと整合するアクセスオプションで発信してください。</translation>
    </message>
    <message>
        <source>Ask the operator to correct the profile if needed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>必要であれば、プロファイルの修正を運用者に依頼してください。</translation>
    </message>
    <message>
        <source>Carries cause=62.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=62 が入ります。</translation>
    </message>
    <message>
        <source>Cause 53 bars outgoing CUG calls.</source>
        <comment>related q850:53</comment>
        <extracomment>How q850:53 differs</extracomment>
        <translation>cause 53 は、CUG 内の発信を規制します。</translation>
    </message>
    <message>
        <source>Cause 87 means the party is not in the CUG.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation>cause 87 は、当事者が CUG に属していないことを示します。</translation>
    </message>
    <message>
        <source>Cause 90 means the CUG does not exist.</source>
        <comment>related q850:90</comment>
        <extracomment>How q850:90 differs</extracomment>
        <translation>cause 90 は、CUG が存在しないことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:63</name>
    <message>
        <source>Service or option not available, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>その他のサービス／オプション利用不可クラス</translation>
    </message>
    <message>
        <source>A requested service or option is not available and no more specific cause applies.</source>
        <comment>summary</comment>
        <translation>要求されたサービスまたはオプションが利用できず、より具体的な cause が当てはまりません。</translation>
    </message>
    <message>
        <source>Reports a service or option not available event only when no other cause in the class fits. RFC 3398 uses it in the SIP to ISUP direction for 405 Method Not Allowed.</source>
        <comment>description</comment>
        <translation>そのクラスの他の cause がいずれも当てはまらない場合にのみ、サービスまたはオプション利用不可のイベントを報告します。RFC 3398 では、SIP から ISUP 方向で 405 Method Not Allowed にこの cause を使用します。</translation>
    </message>
    <message>
        <source>Seen in the Reason header of a failure response when the carrier does not offer the requested service on the account, or in a REL after a 405 from the SIP side.</source>
        <comment>seenWhen</comment>
        <translation>キャリアがアカウントで要求されたサービスを提供していない場合に失敗レスポンスの Reason ヘッダに見られるほか、SIP 側からの 405 の後の REL にも見られます。</translation>
    </message>
    <message>
        <source>Exchanges and gateways reporting a service they do not offer.</source>
        <comment>sentBy</comment>
        <translation>提供していないサービスを報告する交換機やゲートウェイです。</translation>
    </message>
    <message>
        <source>Another route that offers the service may succeed.</source>
        <comment>retryNote</comment>
        <translation>そのサービスを提供している別のルートなら成功する可能性があります。</translation>
    </message>
    <message>
        <source>Check which service the call relies on (destination class, feature, method).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>呼がどのサービス（宛先種別、機能、メソッド）に依存しているかを確認してください。</translation>
    </message>
    <message>
        <source>Check the account and trunk options with the carrier.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>アカウントとトランクのオプションをキャリアに確認してください。</translation>
    </message>
    <message>
        <source>Try another route that offers the service.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>そのサービスを提供している別のルートを試してください。</translation>
    </message>
    <message>
        <source>Carries cause=63.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=63 が入ります。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 405 Method Not Allowed to this cause.</source>
        <comment>related 405</comment>
        <extracomment>How 405 differs</extracomment>
        <translation>RFC 3398 では 405 Method Not Allowed をこの cause にマッピングします。</translation>
    </message>
    <message>
        <source>Cause 79 means the service is not implemented.</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation>cause 79 は、サービスが実装されていないことを示します。</translation>
    </message>
    <message>
        <source>Cause 50 means the service is not subscribed.</source>
        <comment>related q850:50</comment>
        <extracomment>How q850:50 differs</extracomment>
        <translation>cause 50 は、サービスが契約されていないことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:65</name>
    <message>
        <source>Bearer capability not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>未提供伝達能力</translation>
    </message>
    <message>
        <source>The equipment does not support the requested bearer service.</source>
        <comment>summary</comment>
        <translation>装置が要求された伝達サービスをサポートしていません。</translation>
    </message>
    <message>
        <source>The equipment sending the cause does not support the bearer capability requested. RFC 3398 renders it as 488 Not Acceptable Here and suggests it for 488 or 606 when the Warning points to an unavailable bearer.</source>
        <comment>description</comment>
        <translation>この cause を送信する装置は、要求された伝達能力をサポートしていません。RFC 3398 では 488 Not Acceptable Here に対応付けられており、Warning が伝達能力の利用不可を示す場合の 488 または 606 にもこの cause を推奨しています。</translation>
    </message>
    <message>
        <source>A 488 with Reason: Q.850;cause=65 when the SDP offer or the derived bearer (for example video or clear-channel data) cannot be carried by the gateway or the PSTN.</source>
        <comment>seenWhen</comment>
        <translation>SDP オファーやそこから導出された伝達能力（テレビ電話やクリアチャネルのデータなど）をゲートウェイや PSTN で運べない場合の、Reason: Q.850;cause=65 付きの 488 です。</translation>
    </message>
    <message>
        <source>A gateway or exchange that lacks the requested bearer service.</source>
        <comment>sentBy</comment>
        <translation>要求された伝達サービスを持たないゲートウェイまたは交換機です。</translation>
    </message>
    <message>
        <source>Retry with a different codec or bearer.</source>
        <comment>retryNote</comment>
        <translation>別のコーデックまたは伝達能力で再試行してください。</translation>
    </message>
    <message>
        <source>Check the SDP offer: include G.711 for calls that cross the PSTN.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>SDP オファーを確認してください。PSTN を経由する呼には G.711 を含めてください。</translation>
    </message>
    <message>
        <source>Check how the gateway maps codecs and fax (T.38) to ISDN bearer capabilities.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>ゲートウェイがコーデックや FAX（T.38）を ISDN の伝達能力にどのようにマッピングしているか確認してください。</translation>
    </message>
    <message>
        <source>Retry with a plain speech bearer.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>通常の音声（speech）の伝達能力で再試行してください。</translation>
    </message>
    <message>
        <source>Carries cause=65.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=65 が入ります。</translation>
    </message>
    <message>
        <source>A 488 may carry a warn-code that names the media problem.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>488 には、メディアの問題を示す warn-code が含まれている場合があります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 58 means the bearer exists but is busy.</source>
        <comment>related q850:58</comment>
        <extracomment>How q850:58 differs</extracomment>
        <translation>cause 58 は、伝達能力は存在するが使用中であることを示します。</translation>
    </message>
    <message>
        <source>Cause 70 means only the restricted digital bearer exists.</source>
        <comment>related q850:70</comment>
        <extracomment>How q850:70 differs</extracomment>
        <translation>cause 70 は、制限デジタルの伝達能力しか存在しないことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:66</name>
    <message>
        <source>Channel type not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>未提供チャネル種別</translation>
    </message>
    <message>
        <source>The equipment does not support the requested channel type.</source>
        <comment>summary</comment>
        <translation>装置が要求されたチャネル種別をサポートしていません。</translation>
    </message>
    <message>
        <source>The equipment sending the cause does not support the channel type requested, for example a channel rate it does not offer. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>この cause を送信する装置は、要求されたチャネル種別（たとえば提供していないチャネル速度）をサポートしていません。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Rare on SIP trunks; seen when a PRI gateway requests a channel type, such as multi-rate, that the switch does not support.</source>
        <comment>seenWhen</comment>
        <translation>SIP トランクではまれです。PRI ゲートウェイが、交換機のサポートしていないマルチレートなどのチャネル種別を要求した場合に見られます。</translation>
    </message>
    <message>
        <source>ISDN equipment on either side of a PRI.</source>
        <comment>sentBy</comment>
        <translation>PRI のどちら側にもなり得る ISDN 装置です。</translation>
    </message>
    <message>
        <source>Retry with a supported channel type.</source>
        <comment>retryNote</comment>
        <translation>サポートされているチャネル種別で再試行してください。</translation>
    </message>
    <message>
        <source>Check the channel type and rate the gateway requests on the PRI.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>ゲートウェイが PRI 上で要求しているチャネル種別と速度を確認してください。</translation>
    </message>
    <message>
        <source>Configure standard 64 kbit/s B-channel calls.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>標準の 64 kbit/s の B チャネル呼を使用するよう設定してください。</translation>
    </message>
    <message>
        <source>Check the switch type setting on the span.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>スパンのスイッチタイプ設定を確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=66.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=66 が入ります。</translation>
    </message>
    <message>
        <source>Cause 65 is about the bearer rather than the channel.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>cause 65 は、チャネルではなく伝達能力に関するものです。</translation>
    </message>
    <message>
        <source>Cause 6 means a specific channel was unacceptable.</source>
        <comment>related q850:6</comment>
        <extracomment>How q850:6 differs</extracomment>
        <translation>cause 6 は、特定のチャネルが受け入れられなかったことを示します。</translation>
    </message>
    <message>
        <source>Cause 82 means the channel does not exist.</source>
        <comment>related q850:82</comment>
        <extracomment>How q850:82 differs</extracomment>
        <translation>cause 82 は、チャネルが存在しないことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:69</name>
    <message>
        <source>Requested facility not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>未提供ファシリティ要求</translation>
    </message>
    <message>
        <source>The equipment does not support the requested supplementary service.</source>
        <comment>summary</comment>
        <translation>装置が要求された付加サービスをサポートしていません。</translation>
    </message>
    <message>
        <source>The equipment sending the cause does not support the supplementary service requested. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>この cause を送信する装置は、要求された付加サービスをサポートしていません。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen when a call asks the PSTN side for a feature, such as a specific transfer or call completion service, that the switch does not provide.</source>
        <comment>seenWhen</comment>
        <translation>特定の転送サービスや呼完了サービスなど、交換機が提供していない機能を呼が PSTN 側に要求した場合に見られます。</translation>
    </message>
    <message>
        <source>An exchange or gateway lacking the service.</source>
        <comment>sentBy</comment>
        <translation>そのサービスを持たない交換機またはゲートウェイです。</translation>
    </message>
    <message>
        <source>Retry without the unsupported service.</source>
        <comment>retryNote</comment>
        <translation>サポートされていないサービスを除いて再試行してください。</translation>
    </message>
    <message>
        <source>Identify the service requested in the signalling.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>シグナリングで要求されているサービスを特定してください。</translation>
    </message>
    <message>
        <source>Disable the feature for this route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>このルートではその機能を無効にしてください。</translation>
    </message>
    <message>
        <source>Retry the call without it.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>その機能を除いて呼を再試行してください。</translation>
    </message>
    <message>
        <source>Carries cause=69.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=69 が入ります。</translation>
    </message>
    <message>
        <source>Cause 29 rejects the facility without saying it is unimplemented.</source>
        <comment>related q850:29</comment>
        <extracomment>How q850:29 differs</extracomment>
        <translation>cause 29 は、未実装であることを示さずにファシリティを拒否します。</translation>
    </message>
    <message>
        <source>Cause 50 is a facility that exists but is not subscribed.</source>
        <comment>related q850:50</comment>
        <extracomment>How q850:50 differs</extracomment>
        <translation>cause 50 は、ファシリティは存在するが契約されていない場合です。</translation>
    </message>
    <message>
        <source>A likely SIP rendering; RFC 3398 has no row for cause 69.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>想定される SIP での表現です。RFC 3398 には cause 69 の行はありません。</translation>
    </message>
</context>
<context>
    <name>q850:7</name>
    <message>
        <source>Call awarded and being delivered in an established channel</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>確立済みチャネルへの着信呼の割り当て</translation>
    </message>
    <message>
        <source>The incoming call is being connected over a channel already established to the user.</source>
        <comment>summary</comment>
        <translation>着信呼が、ユーザに対してすでに確立されているチャネルを介して接続されています。</translation>
    </message>
    <message>
        <source>The user has been given the call, and it is being delivered on a channel already set up for similar calls, a mechanism used for packet mode services such as X.25. It is not a failure and RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>ユーザに呼が割り当てられ、同種の呼のためにすでに設定されているチャネル上で着信が行われています。これは X.25 などのパケットモードサービスで使われる仕組みです。障害ではなく、RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Rare on SIP trunks; if it appears in a Reason header it usually means a gateway passed through an ISDN data-service cause it could not map.</source>
        <comment>seenWhen</comment>
        <translation>SIP トランクではまれです。Reason ヘッダに現れた場合は、通常、ゲートウェイがマッピングできなかった ISDN のデータサービスの cause をそのまま通過させたことを意味します。</translation>
    </message>
    <message>
        <source>ISDN equipment handling packet mode calls.</source>
        <comment>sentBy</comment>
        <translation>パケットモードの呼を扱う ISDN 装置です。</translation>
    </message>
    <message>
        <source>There is nothing to retry; the cause describes delivery, not a failure.</source>
        <comment>retryNote</comment>
        <translation>この cause は障害ではなく着信の状況を表すものであり、再試行の対象はありません。</translation>
    </message>
    <message>
        <source>Check whether the call is a data or packet mode call that the SIP side should not carry.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>SIP 側で運ぶべきではないデータ呼またはパケットモード呼でないか確認してください。</translation>
    </message>
    <message>
        <source>Review the gateway cause mapping table for unmapped ISDN causes.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>マッピングされていない ISDN の cause について、ゲートウェイの cause マッピングテーブルを見直してください。</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace to confirm where the cause originated.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Q.931 トレースを取得し、cause の発生元を確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=7; treat it as informational.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=7 が入ります。情報通知として扱ってください。</translation>
    </message>
    <message>
        <source>Cause 16 is the ordinary normal clearing cause.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>cause 16 は、通常の正常切断の cause です。</translation>
    </message>
    <message>
        <source>Cause 31 is the unspecified normal event.</source>
        <comment>related q850:31</comment>
        <extracomment>How q850:31 differs</extracomment>
        <translation>cause 31 は、特定されない正常イベントです。</translation>
    </message>
    <message>
        <source>A gateway with no mapping may fall back to a generic 5xx; RFC 3398 has no row for cause 7.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>マッピングのないゲートウェイは汎用的な 5xx にフォールバックすることがあります。RFC 3398 には cause 7 の行はありません。</translation>
    </message>
</context>
<context>
    <name>q850:70</name>
    <message>
        <source>Only restricted digital information bearer capability is available (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>制限デジタル情報伝達能力のみ可能（国内使用）</translation>
    </message>
    <message>
        <source>Only the restricted digital bearer is available, not the unrestricted one requested.</source>
        <comment>summary</comment>
        <translation>要求された非制限デジタルではなく、制限デジタルの伝達能力のみが利用可能です。</translation>
    </message>
    <message>
        <source>The caller requested an unrestricted bearer service, but the equipment only supports the restricted version. RFC 3398 renders it as 488 Not Acceptable Here.</source>
        <comment>description</comment>
        <translation>発信者は非制限の伝達サービスを要求しましたが、装置は制限付きのもののみをサポートしています。RFC 3398 では 488 Not Acceptable Here に対応付けられています。</translation>
    </message>
    <message>
        <source>A 488 with Reason: Q.850;cause=70 on routes in national networks that only offer restricted 56 kbit/s digital service, for clear-channel or data calls.</source>
        <comment>seenWhen</comment>
        <translation>クリアチャネルやデータ呼で、制限付きの 56 kbit/s デジタルサービスのみを提供する国内網のルートにおける、Reason: Q.850;cause=70 付きの 488 です。</translation>
    </message>
    <message>
        <source>A national network exchange with only restricted digital service.</source>
        <comment>sentBy</comment>
        <translation>制限デジタルサービスのみを提供する国内網の交換機です。</translation>
    </message>
    <message>
        <source>Retry with a restricted digital or speech bearer.</source>
        <comment>retryNote</comment>
        <translation>制限デジタルまたは音声（speech）の伝達能力で再試行してください。</translation>
    </message>
    <message>
        <source>Check whether the call was sent as an unrestricted digital (clear-channel) call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>呼が非制限デジタル（クリアチャネル）呼として送出されていないか確認してください。</translation>
    </message>
    <message>
        <source>Retry as a restricted digital or speech call.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>制限デジタル呼または音声呼として再試行してください。</translation>
    </message>
    <message>
        <source>Choose a route that supports unrestricted digital service.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>非制限デジタルサービスをサポートするルートを選択してください。</translation>
    </message>
    <message>
        <source>Carries cause=70.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=70 が入ります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 65 means the bearer is not implemented at all.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>cause 65 は、伝達能力がまったく実装されていないことを示します。</translation>
    </message>
    <message>
        <source>Cause 57 means the bearer is not authorised.</source>
        <comment>related q850:57</comment>
        <extracomment>How q850:57 differs</extracomment>
        <translation>cause 57 は、伝達能力が許可されていないことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:79</name>
    <message>
        <source>Service or option not implemented, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>その他のサービス／オプション未提供クラス</translation>
    </message>
    <message>
        <source>A requested service or option is not implemented and no more specific cause fits.</source>
        <comment>summary</comment>
        <translation>要求されたサービスまたはオプションが実装されておらず、より具体的な cause が当てはまりません。</translation>
    </message>
    <message>
        <source>Reports a service or option not implemented event only when no other cause in that class applies. RFC 3398 renders it as 501 Not Implemented and maps 406, 415 and 501 to it in the SIP to ISUP direction.</source>
        <comment>description</comment>
        <translation>そのクラスの他の cause がいずれも当てはまらない場合にのみ、サービスまたはオプション未提供のイベントを報告します。RFC 3398 では 501 Not Implemented に対応付けられており、SIP から ISUP 方向では 406、415、501 がこの cause にマッピングされます。</translation>
    </message>
    <message>
        <source>A 501 with Reason: Q.850;cause=79 when the far side lacks a feature the call needs, or a REL with cause 79 after the SIP side answered 415 or 501.</source>
        <comment>seenWhen</comment>
        <translation>対向側が呼に必要な機能を持たない場合の Reason: Q.850;cause=79 付きの 501、または SIP 側が 415 や 501 を返した後の cause 79 付きの REL です。</translation>
    </message>
    <message>
        <source>Gateways and exchanges lacking a requested service.</source>
        <comment>sentBy</comment>
        <translation>要求されたサービスを持たないゲートウェイや交換機です。</translation>
    </message>
    <message>
        <source>Retry without the unimplemented service or option.</source>
        <comment>retryNote</comment>
        <translation>未提供のサービスまたはオプションを除いて再試行してください。</translation>
    </message>
    <message>
        <source>Identify the feature, media type or method the call relied on.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>呼が依存していた機能、メディアタイプ、またはメソッドを特定してください。</translation>
    </message>
    <message>
        <source>Remove it or fall back to a basic call.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>それを削除するか、基本呼にフォールバックしてください。</translation>
    </message>
    <message>
        <source>Check the gateway&apos;s capabilities list.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ゲートウェイの機能一覧を確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=79.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=79 が入ります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 63 means the service exists but is unavailable.</source>
        <comment>related q850:63</comment>
        <extracomment>How q850:63 differs</extracomment>
        <translation>cause 63 は、サービスは存在するが利用できないことを示します。</translation>
    </message>
    <message>
        <source>Cause 69 is the specific case of a supplementary service.</source>
        <comment>related q850:69</comment>
        <extracomment>How q850:69 differs</extracomment>
        <translation>cause 69 は、付加サービスに特化したケースです。</translation>
    </message>
</context>
<context>
    <name>q850:8</name>
    <message>
        <source>Preemption</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>プリエンプション</translation>
    </message>
    <message>
        <source>The call was preempted by a higher-precedence call.</source>
        <comment>summary</comment>
        <translation>より優先度の高い呼によって呼がプリエンプトされました。</translation>
    </message>
    <message>
        <source>The call is being cleared because a call with higher precedence needed the resources, as in multi-level precedence and preemption (MLPP) networks. RFC 3398 has no row for it; RFC 4411 defines a separate Reason protocol value for preemption events.</source>
        <comment>description</comment>
        <translation>多段優先・プリエンプション（MLPP）網のように、より優先度の高い呼がリソースを必要としたため、呼が解放されています。RFC 3398 には対応する行がありません。RFC 4411 では、プリエンプションイベント用に別の Reason プロトコル値を定義しています。</translation>
    </message>
    <message>
        <source>Seen in a BYE or failure response from a gateway in government or defence networks that use MLPP, with Reason: Q.850;cause=8.</source>
        <comment>seenWhen</comment>
        <translation>MLPP を使用する政府機関や防衛関係の網で、ゲートウェイからの BYE または失敗レスポンスに Reason: Q.850;cause=8 付きで見られます。</translation>
    </message>
    <message>
        <source>An MLPP-capable switch that needed the circuit for a higher-priority call.</source>
        <comment>sentBy</comment>
        <translation>より優先度の高い呼のために回線を必要とした、MLPP に対応した交換機です。</translation>
    </message>
    <message>
        <source>The call may be placed again once resources free up, or with a higher precedence if authorised.</source>
        <comment>retryNote</comment>
        <translation>リソースが空いてから、または権限があればより高い優先度で、再度発信できます。</translation>
    </message>
    <message>
        <source>Check whether the network uses precedence levels and what level the call carried (Resource-Priority header).</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>網が優先レベルを使用しているか、呼がどのレベルで発信されたか（Resource-Priority ヘッダ）を確認してください。</translation>
    </message>
    <message>
        <source>Confirm with the network operator whether preemption was expected at that time.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>その時間帯にプリエンプションが想定されていたかどうか、網の運用者に確認してください。</translation>
    </message>
    <message>
        <source>Raise the precedence of the call only if policy allows it.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ポリシーで許される場合に限り、呼の優先度を上げてください。</translation>
    </message>
    <message>
        <source>Carries cause=8; a Reason with the preemption protocol from RFC 4411 may appear as well.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=8 が入ります。RFC 4411 のプリエンプションプロトコルを使った Reason が併せて現れることもあります。</translation>
    </message>
    <message>
        <source>Shows the precedence the call was placed with.</source>
        <comment>header Resource-Priority</comment>
        <extracomment>Why to inspect the Resource-Priority header</extracomment>
        <translation>呼が発信されたときの優先度を示します。</translation>
    </message>
    <message>
        <source>Cause 9 also reserves the circuit for the preempting exchange.</source>
        <comment>related q850:9</comment>
        <extracomment>How q850:9 differs</extracomment>
        <translation>cause 9 も、プリエンプトした交換機のために回線を予約します。</translation>
    </message>
    <message>
        <source>Cause 46 blocks a new precedence call instead of clearing an existing one.</source>
        <comment>related q850:46</comment>
        <extracomment>How q850:46 differs</extracomment>
        <translation>cause 46 は、既存の呼を解放するのではなく、新たな優先呼をブロックします。</translation>
    </message>
    <message>
        <source>A possible SIP rendering when a call set-up is preempted; RFC 3398 has no row for cause 8.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>呼設定がプリエンプトされた場合に考えられる SIP での表現です。RFC 3398 には cause 8 の行はありません。</translation>
    </message>
</context>
<context>
    <name>q850:81</name>
    <message>
        <source>Invalid call reference value</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>無効呼番号</translation>
    </message>
    <message>
        <source>A message referred to a call reference that is not in use on the interface.</source>
        <comment>summary</comment>
        <translation>メッセージが、インタフェース上で使用されていない呼番号を参照していました。</translation>
    </message>
    <message>
        <source>The equipment received a message whose call reference is not currently assigned on the user-network interface. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>装置は、ユーザ・網インタフェース上で現在割り当てられていない呼番号を持つメッセージを受信しました。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen in a Reason header from a PRI gateway when the gateway and the switch disagree about which calls exist, often after a D-channel restart.</source>
        <comment>seenWhen</comment>
        <translation>ゲートウェイと交換機の間で存在する呼の認識が食い違っている場合に、PRI ゲートウェイからの Reason ヘッダに見られます。D チャネルの再起動後によく発生します。</translation>
    </message>
    <message>
        <source>ISDN equipment on a PRI.</source>
        <comment>sentBy</comment>
        <translation>PRI 上の ISDN 装置です。</translation>
    </message>
    <message>
        <source>A new call attempt uses a new call reference and may succeed once the interface state is consistent.</source>
        <comment>retryNote</comment>
        <translation>新たな発信では新しい呼番号が使われるため、インタフェースの状態が整合すれば成功する可能性があります。</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace to see which message carried the unknown call reference.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Q.931 トレースを取得し、どのメッセージが未知の呼番号を含んでいたか確認してください。</translation>
    </message>
    <message>
        <source>Check for recent D-channel or span restarts.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>最近 D チャネルやスパンの再起動がなかったか確認してください。</translation>
    </message>
    <message>
        <source>Restart the span in a maintenance window if the state stays out of sync.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>状態の不整合が続く場合は、保守時間帯にスパンを再起動してください。</translation>
    </message>
    <message>
        <source>Carries cause=81; the problem is in the PRI signalling state.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=81 が入ります。問題は PRI のシグナリング状態にあります。</translation>
    </message>
    <message>
        <source>Cause 101 is a message valid in general but not in this call state.</source>
        <comment>related q850:101</comment>
        <extracomment>How q850:101 differs</extracomment>
        <translation>cause 101 は、メッセージ自体は有効だがこの呼状態では有効でない場合です。</translation>
    </message>
    <message>
        <source>Cause 82 concerns a channel rather than a call reference.</source>
        <comment>related q850:82</comment>
        <extracomment>How q850:82 differs</extracomment>
        <translation>cause 82 は、呼番号ではなくチャネルに関するものです。</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>cause 111 は、汎用的なプロトコル誤りです。</translation>
    </message>
</context>
<context>
    <name>q850:82</name>
    <message>
        <source>Identified channel does not exist</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>指定チャネル存在せず</translation>
    </message>
    <message>
        <source>The call asked for a channel that is not configured on the interface.</source>
        <comment>summary</comment>
        <translation>呼が、インタフェース上に設定されていないチャネルを要求しました。</translation>
    </message>
    <message>
        <source>A request was received to use a channel that is not activated on the interface for a call, for example a timeslot beyond those the user subscribed to. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>インタフェース上で呼に対して有効化されていないチャネル（たとえばユーザの契約範囲を超えるタイムスロット）の使用要求を受信しました。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen on PRI gateways when the channel map differs between the two sides, such as a fractional PRI or a wrong E1 or T1 timeslot layout.</source>
        <comment>seenWhen</comment>
        <translation>フラクショナル PRI や E1・T1 のタイムスロット配置の誤りなど、双方でチャネルマップが異なる場合に PRI ゲートウェイで見られます。</translation>
    </message>
    <message>
        <source>ISDN equipment that receives a request for an unknown channel.</source>
        <comment>sentBy</comment>
        <translation>未知のチャネルに対する要求を受信した ISDN 装置です。</translation>
    </message>
    <message>
        <source>Retry on a valid channel or another span; the same channel will keep failing.</source>
        <comment>retryNote</comment>
        <translation>有効なチャネルまたは別のスパンで再試行してください。同じチャネルでは失敗し続けます。</translation>
    </message>
    <message>
        <source>Compare the provisioned channels on the carrier side with the gateway span configuration.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>キャリア側で提供されているチャネルとゲートウェイのスパン設定を比較してください。</translation>
    </message>
    <message>
        <source>Check the framing and switch type, and the position of the D-channel.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>フレーミングとスイッチタイプ、および D チャネルの位置を確認してください。</translation>
    </message>
    <message>
        <source>Restrict the gateway to the channels actually provisioned.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ゲートウェイで使用するチャネルを、実際に提供されているチャネルに限定してください。</translation>
    </message>
    <message>
        <source>Carries cause=82.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=82 が入ります。</translation>
    </message>
    <message>
        <source>Cause 44 means the channel exists but is unavailable.</source>
        <comment>related q850:44</comment>
        <extracomment>How q850:44 differs</extracomment>
        <translation>cause 44 は、チャネルは存在するが利用できないことを示します。</translation>
    </message>
    <message>
        <source>Cause 6 means the channel is unacceptable.</source>
        <comment>related q850:6</comment>
        <extracomment>How q850:6 differs</extracomment>
        <translation>cause 6 は、チャネルが受け入れられないことを示します。</translation>
    </message>
    <message>
        <source>Cause 66 means the channel type is unsupported.</source>
        <comment>related q850:66</comment>
        <extracomment>How q850:66 differs</extracomment>
        <translation>cause 66 は、チャネル種別がサポートされていないことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:83</name>
    <message>
        <source>A suspended call exists, but this call identity does not</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>中断呼は存在するが、この呼識別は存在しない</translation>
    </message>
    <message>
        <source>A resume request used a call identity that matches no suspended call.</source>
        <comment>summary</comment>
        <translation>再開要求で使われた呼識別が、どの中断呼とも一致しません。</translation>
    </message>
    <message>
        <source>A call resume was attempted with a call identity that differs from those in use for any currently suspended call. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>現在中断中のいずれの呼とも異なる呼識別で、呼の再開が試みられました。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation>SIP トランクで見られることは実際上ありません。ISDN の中断・再開手順に属するものです。</translation>
    </message>
    <message>
        <source>An ISDN network handling suspend and resume.</source>
        <comment>sentBy</comment>
        <translation>中断・再開を処理する ISDN 網です。</translation>
    </message>
    <message>
        <source>Retrying with the same identity will fail.</source>
        <comment>retryNote</comment>
        <translation>同じ呼識別で再試行しても失敗します。</translation>
    </message>
    <message>
        <source>Check the call identity used in the resume request.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>再開要求で使われた呼識別を確認してください。</translation>
    </message>
    <message>
        <source>Review the ISDN terminal&apos;s suspend and resume handling.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>ISDN 端末の中断・再開の処理を見直してください。</translation>
    </message>
    <message>
        <source>Carries cause=83.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=83 が入ります。</translation>
    </message>
    <message>
        <source>Cause 84 is the clash when suspending.</source>
        <comment>related q850:84</comment>
        <extracomment>How q850:84 differs</extracomment>
        <translation>cause 84 は、中断時の重複です。</translation>
    </message>
    <message>
        <source>Cause 85 means no call is suspended at all.</source>
        <comment>related q850:85</comment>
        <extracomment>How q850:85 differs</extracomment>
        <translation>cause 85 は、中断中の呼がまったくないことを示します。</translation>
    </message>
    <message>
        <source>Cause 86 means the suspended call was cleared.</source>
        <comment>related q850:86</comment>
        <extracomment>How q850:86 differs</extracomment>
        <translation>cause 86 は、中断中の呼が解放されたことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:84</name>
    <message>
        <source>Call identity in use</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>呼識別使用中</translation>
    </message>
    <message>
        <source>A suspend request used a call identity already in use.</source>
        <comment>summary</comment>
        <translation>中断要求で、すでに使用中の呼識別が使われました。</translation>
    </message>
    <message>
        <source>The network received a call suspend request with a call identity already used for a suspended call within the domain of interfaces over which the call might be resumed. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>網は、呼を再開し得るインタフェースの範囲内で、中断中の呼にすでに使われている呼識別を持つ呼中断要求を受信しました。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation>SIP トランクで見られることは実際上ありません。ISDN の中断・再開手順に属するものです。</translation>
    </message>
    <message>
        <source>An ISDN network handling suspend requests.</source>
        <comment>sentBy</comment>
        <translation>中断要求を処理する ISDN 網です。</translation>
    </message>
    <message>
        <source>Retry the suspend with a different call identity.</source>
        <comment>retryNote</comment>
        <translation>別の呼識別で中断を再試行してください。</translation>
    </message>
    <message>
        <source>Use a different call identity when suspending.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>中断する際は別の呼識別を使用してください。</translation>
    </message>
    <message>
        <source>Check the terminal&apos;s suspend logic.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>端末の中断処理のロジックを確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=84.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=84 が入ります。</translation>
    </message>
    <message>
        <source>Cause 83 is the mismatch when resuming.</source>
        <comment>related q850:83</comment>
        <extracomment>How q850:83 differs</extracomment>
        <translation>cause 83 は、再開時の不一致です。</translation>
    </message>
    <message>
        <source>Cause 85 means no call is suspended.</source>
        <comment>related q850:85</comment>
        <extracomment>How q850:85 differs</extracomment>
        <translation>cause 85 は、中断中の呼がないことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:85</name>
    <message>
        <source>No call suspended</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>中断呼なし</translation>
    </message>
    <message>
        <source>A resume request arrived but no call is suspended.</source>
        <comment>summary</comment>
        <translation>再開要求を受信しましたが、中断中の呼がありません。</translation>
    </message>
    <message>
        <source>The network received a call resume request, but the interface has no suspended call. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>網は呼再開要求を受信しましたが、インタフェースには中断中の呼がありません。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation>SIP トランクで見られることは実際上ありません。ISDN の中断・再開手順に属するものです。</translation>
    </message>
    <message>
        <source>An ISDN network handling resume requests.</source>
        <comment>sentBy</comment>
        <translation>再開要求を処理する ISDN 網です。</translation>
    </message>
    <message>
        <source>There is nothing to resume.</source>
        <comment>retryNote</comment>
        <translation>再開する対象がありません。</translation>
    </message>
    <message>
        <source>Check whether the call was actually suspended.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>呼が実際に中断されていたか確認してください。</translation>
    </message>
    <message>
        <source>Review the terminal&apos;s resume logic.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>端末の再開処理のロジックを見直してください。</translation>
    </message>
    <message>
        <source>Carries cause=85.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=85 が入ります。</translation>
    </message>
    <message>
        <source>Cause 83 means suspended calls exist, but not with this identity.</source>
        <comment>related q850:83</comment>
        <extracomment>How q850:83 differs</extracomment>
        <translation>cause 83 は、中断呼は存在するが、この呼識別のものではないことを示します。</translation>
    </message>
    <message>
        <source>Cause 86 means the suspended call was cleared.</source>
        <comment>related q850:86</comment>
        <extracomment>How q850:86 differs</extracomment>
        <translation>cause 86 は、中断中の呼が解放されたことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:86</name>
    <message>
        <source>Call having the requested call identity has been cleared</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>要求された呼識別の呼は解放済み</translation>
    </message>
    <message>
        <source>The suspended call was cleared before it could be resumed.</source>
        <comment>summary</comment>
        <translation>中断中の呼が、再開される前に解放されました。</translation>
    </message>
    <message>
        <source>The resume request cannot be honoured because the call with that identity was cleared while suspended, by network timeout or by the remote user. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>その呼識別の呼が中断中に網のタイムアウトまたは相手ユーザによって解放されたため、再開要求に応じられません。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Practically never seen on SIP trunks; it belongs to ISDN suspend and resume procedures.</source>
        <comment>seenWhen</comment>
        <translation>SIP トランクで見られることは実際上ありません。ISDN の中断・再開手順に属するものです。</translation>
    </message>
    <message>
        <source>An ISDN network handling resume requests.</source>
        <comment>sentBy</comment>
        <translation>再開要求を処理する ISDN 網です。</translation>
    </message>
    <message>
        <source>The original call is gone; only a new call can reach the party.</source>
        <comment>retryNote</comment>
        <translation>元の呼は存在しません。相手に接続するには新たに発信するしかありません。</translation>
    </message>
    <message>
        <source>Place a new call instead of resuming.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>再開するのではなく、新たに発信してください。</translation>
    </message>
    <message>
        <source>Check the suspend timer if calls are cleared too early.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>呼が早すぎるタイミングで解放される場合は、中断タイマを確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=86.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=86 が入ります。</translation>
    </message>
    <message>
        <source>Cause 85 means no call was suspended.</source>
        <comment>related q850:85</comment>
        <extracomment>How q850:85 differs</extracomment>
        <translation>cause 85 は、中断された呼がなかったことを示します。</translation>
    </message>
    <message>
        <source>Cause 16 is ordinary call clearing.</source>
        <comment>related q850:16</comment>
        <extracomment>How q850:16 differs</extracomment>
        <translation>cause 16 は、通常の呼の切断です。</translation>
    </message>
</context>
<context>
    <name>q850:87</name>
    <message>
        <source>User not member of CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>CUG メンバ外ユーザ</translation>
    </message>
    <message>
        <source>A closed user group check failed because a party is not a member.</source>
        <comment>summary</comment>
        <translation>当事者がメンバでないため、閉域ユーザグループのチェックに失敗しました。</translation>
    </message>
    <message>
        <source>The called user for the incoming CUG call is not a member of the specified closed user group, or the caller is an ordinary subscriber calling a CUG subscriber. RFC 3398 renders it as 403 Forbidden.</source>
        <comment>description</comment>
        <translation>着信 CUG 呼の着信ユーザが指定された閉域ユーザグループのメンバでないか、一般加入者が CUG 加入者に発信しています。RFC 3398 では 403 Forbidden に対応付けられています。</translation>
    </message>
    <message>
        <source>A 403 with Reason: Q.850;cause=87 on enterprise or VPN services built on closed user groups.</source>
        <comment>seenWhen</comment>
        <translation>閉域ユーザグループを基盤とする企業向けサービスや VPN サービスで見られる、Reason: Q.850;cause=87 付きの 403 です。</translation>
    </message>
    <message>
        <source>A network enforcing closed user group membership.</source>
        <comment>sentBy</comment>
        <translation>閉域ユーザグループのメンバシップを適用する網です。</translation>
    </message>
    <message>
        <source>Do not retry until membership is fixed.</source>
        <comment>retryNote</comment>
        <translation>メンバシップが修正されるまで再試行しないでください。</translation>
    </message>
    <message>
        <source>Check the CUG membership of both parties with the operator.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>双方の当事者の CUG メンバシップを運用者に確認してください。</translation>
    </message>
    <message>
        <source>Call without the CUG indication if policy allows.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>ポリシーで許される場合は、CUG 表示なしで発信してください。</translation>
    </message>
    <message>
        <source>Add the user to the CUG if the call should be allowed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>呼を許可すべき場合は、ユーザを CUG に追加してください。</translation>
    </message>
    <message>
        <source>Carries cause=87.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=87 が入ります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>Cause 55 bars incoming calls for a member.</source>
        <comment>related q850:55</comment>
        <extracomment>How q850:55 differs</extracomment>
        <translation>cause 55 は、メンバへの着信を規制します。</translation>
    </message>
    <message>
        <source>Cause 90 means the CUG does not exist.</source>
        <comment>related q850:90</comment>
        <extracomment>How q850:90 differs</extracomment>
        <translation>cause 90 は、CUG が存在しないことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:88</name>
    <message>
        <source>Incompatible destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>端末属性不一致</translation>
    </message>
    <message>
        <source>The destination cannot handle the kind of call requested.</source>
        <comment>summary</comment>
        <translation>宛先は要求された種類の呼を扱えません。</translation>
    </message>
    <message>
        <source>The call requested compatibility attributes, such as low or high layer compatibility or a data rate, that the destination cannot accommodate. RFC 3398 renders it as 503 Service Unavailable.</source>
        <comment>description</comment>
        <translation>呼が、低位レイヤ整合性や高位レイヤ整合性、データ速度などの整合性属性を要求しましたが、宛先はそれに対応できません。RFC 3398 では 503 Service Unavailable に対応付けられています。</translation>
    </message>
    <message>
        <source>Seen with a 503, or a 488 from some platforms, when a fax or data call reaches a voice-only destination, or an ISDN data call reaches an analogue line.</source>
        <comment>seenWhen</comment>
        <translation>FAX 呼やデータ呼が音声専用の宛先に到達した場合や、ISDN のデータ呼がアナログ回線に到達した場合に、503（一部のプラットフォームでは 488）として見られます。</translation>
    </message>
    <message>
        <source>The terminating network or device that checks compatibility.</source>
        <comment>sentBy</comment>
        <translation>整合性をチェックする着信側の網または端末です。</translation>
    </message>
    <message>
        <source>Retry with a call type and bearer the destination supports.</source>
        <comment>retryNote</comment>
        <translation>宛先がサポートする呼種別と伝達能力で再試行してください。</translation>
    </message>
    <message>
        <source>Check the bearer capability and compatibility information the gateway sends for this call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>この呼に対してゲートウェイが送出する伝達能力と整合性情報を確認してください。</translation>
    </message>
    <message>
        <source>Use a speech or 3.1 kHz audio bearer for voice and fax.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>音声と FAX には、音声（speech）または 3.1 kHz オーディオの伝達能力を使用してください。</translation>
    </message>
    <message>
        <source>Confirm that the destination supports the call type (fax, data, video).</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>宛先がその呼種別（FAX、データ、テレビ電話）をサポートしていることを確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=88.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=88 が入ります。</translation>
    </message>
    <message>
        <source>The SIP response RFC 3398 assigns to this cause.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>RFC 3398 がこの cause に割り当てている SIP レスポンスです。</translation>
    </message>
    <message>
        <source>FreeSWITCH sends 488 for this cause instead.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>FreeSWITCH は、この cause に対して代わりに 488 を送信します。</translation>
    </message>
    <message>
        <source>Cause 65 means the bearer itself is not implemented.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>cause 65 は、伝達能力そのものが実装されていないことを示します。</translation>
    </message>
</context>
<context>
    <name>q850:9</name>
    <message>
        <source>Preemption - circuit reserved for reuse</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>プリエンプション（回線再利用のため予約）</translation>
    </message>
    <message>
        <source>The call was preempted and the circuit is held for the preempting exchange.</source>
        <comment>summary</comment>
        <translation>呼がプリエンプトされ、回線はプリエンプトした交換機のために確保されています。</translation>
    </message>
    <message>
        <source>The call is being cleared because of preemption, and the freed circuit is reserved for reuse by the exchange that preempted it. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>プリエンプションにより呼が解放されており、解放された回線はプリエンプトした交換機が再利用するために予約されています。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Appears in a BYE or failure response in MLPP networks, with Reason: Q.850;cause=9, when a higher-precedence call took the circuit.</source>
        <comment>seenWhen</comment>
        <translation>MLPP 網で、より優先度の高い呼が回線を使用した場合に、BYE または失敗レスポンスに Reason: Q.850;cause=9 付きで現れます。</translation>
    </message>
    <message>
        <source>An MLPP-capable exchange that preempts a circuit for its own use.</source>
        <comment>sentBy</comment>
        <translation>自らの使用のために回線をプリエンプトする、MLPP に対応した交換機です。</translation>
    </message>
    <message>
        <source>Try again later or over another route; the circuit is reserved for the other call.</source>
        <comment>retryNote</comment>
        <translation>回線は別の呼のために予約されているため、時間をおいて、または別のルートで再試行してください。</translation>
    </message>
    <message>
        <source>Check the precedence level of the cleared call in the Resource-Priority header.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Resource-Priority ヘッダで、解放された呼の優先レベルを確認してください。</translation>
    </message>
    <message>
        <source>Confirm with the network operator that preemption occurred on that route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>そのルートでプリエンプションが発生したことを網の運用者に確認してください。</translation>
    </message>
    <message>
        <source>Reroute lower-priority traffic away from heavily used precedence routes.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>優先呼が多く使用するルートから、優先度の低いトラフィックを迂回させてください。</translation>
    </message>
    <message>
        <source>Carries cause=9; the location shows which exchange preempted the circuit.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=9 が入ります。location から、どの交換機が回線をプリエンプトしたかがわかります。</translation>
    </message>
    <message>
        <source>Cause 8 is plain preemption without reserving the circuit.</source>
        <comment>related q850:8</comment>
        <extracomment>How q850:8 differs</extracomment>
        <translation>cause 8 は、回線を予約しない単純なプリエンプションです。</translation>
    </message>
    <message>
        <source>Cause 46 blocks a precedence call at set-up.</source>
        <comment>related q850:46</comment>
        <extracomment>How q850:46 differs</extracomment>
        <translation>cause 46 は、呼設定時に優先呼をブロックします。</translation>
    </message>
</context>
<context>
    <name>q850:90</name>
    <message>
        <source>Non-existent CUG</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>存在しない CUG</translation>
    </message>
    <message>
        <source>The specified closed user group does not exist.</source>
        <comment>summary</comment>
        <translation>指定された閉域ユーザグループが存在しません。</translation>
    </message>
    <message>
        <source>The closed user group identified in the call does not exist. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>呼で指定された閉域ユーザグループが存在しません。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen only on CUG-based services when the interlock code sent with the call is wrong.</source>
        <comment>seenWhen</comment>
        <translation>CUG を基盤とするサービスで、呼とともに送られたインターロックコードが誤っている場合にのみ見られます。</translation>
    </message>
    <message>
        <source>A network enforcing closed user groups.</source>
        <comment>sentBy</comment>
        <translation>閉域ユーザグループを適用する網です。</translation>
    </message>
    <message>
        <source>Retry only with a valid CUG.</source>
        <comment>retryNote</comment>
        <translation>有効な CUG でのみ再試行してください。</translation>
    </message>
    <message>
        <source>Check the CUG interlock code configured for the caller.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>発信者に設定されている CUG インターロックコードを確認してください。</translation>
    </message>
    <message>
        <source>Ask the operator for the correct CUG identity.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>正しい CUG 識別情報を運用者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Carries cause=90.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=90 が入ります。</translation>
    </message>
    <message>
        <source>Cause 87 means the CUG exists but the party is not in it.</source>
        <comment>related q850:87</comment>
        <extracomment>How q850:87 differs</extracomment>
        <translation>cause 87 は、CUG は存在するが当事者がそのメンバでないことを示します。</translation>
    </message>
    <message>
        <source>Cause 62 is an inconsistency in CUG outgoing access.</source>
        <comment>related q850:62</comment>
        <extracomment>How q850:62 differs</extracomment>
        <translation>cause 62 は、CUG の発信アクセスの不一致です。</translation>
    </message>
</context>
<context>
    <name>q850:91</name>
    <message>
        <source>Invalid transit network selection (national use)</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>無効中継網選択（国内使用）</translation>
    </message>
    <message>
        <source>The transit network identification in the call is badly formatted.</source>
        <comment>summary</comment>
        <translation>呼に含まれる中継網識別の形式が誤っています。</translation>
    </message>
    <message>
        <source>A transit network identification was received in an incorrect format. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>誤った形式の中継網識別を受信しました。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen when a carrier selection code or transit network field added by the SBC or PBX does not match the national format.</source>
        <comment>seenWhen</comment>
        <translation>SBC や PBX が付加した事業者識別番号や中継網フィールドが国内の形式と一致しない場合に見られます。</translation>
    </message>
    <message>
        <source>A national exchange validating transit network selection.</source>
        <comment>sentBy</comment>
        <translation>中継網選択を検証する国内交換機です。</translation>
    </message>
    <message>
        <source>Retry with a correct or no transit network selection.</source>
        <comment>retryNote</comment>
        <translation>正しい中継網選択で、または中継網選択なしで再試行してください。</translation>
    </message>
    <message>
        <source>Check the carrier selection code or transit network parameter added to the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>呼に付加された事業者識別番号または中継網パラメータを確認してください。</translation>
    </message>
    <message>
        <source>Remove it or correct its format.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>それを削除するか、形式を修正してください。</translation>
    </message>
    <message>
        <source>Retry the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>呼を再試行してください。</translation>
    </message>
    <message>
        <source>Carries cause=91.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=91 が入ります。</translation>
    </message>
    <message>
        <source>Cause 2 means the selected network is valid but unreachable.</source>
        <comment>related q850:2</comment>
        <extracomment>How q850:2 differs</extracomment>
        <translation>cause 2 は、選択された網は有効だが到達できないことを示します。</translation>
    </message>
    <message>
        <source>Cause 28 concerns the called number format.</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation>cause 28 は、着番号の形式に関するものです。</translation>
    </message>
    <message>
        <source>A possible SIP rendering; RFC 3398 has no row for cause 91.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>考えられる SIP での表現です。RFC 3398 には cause 91 の行はありません。</translation>
    </message>
</context>
<context>
    <name>q850:95</name>
    <message>
        <source>Invalid message, unspecified</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>その他の無効メッセージ</translation>
    </message>
    <message>
        <source>A message was invalid and no more specific cause applies.</source>
        <comment>summary</comment>
        <translation>メッセージが無効であり、より具体的な cause が当てはまりません。</translation>
    </message>
    <message>
        <source>Reports an invalid message event only when no other cause in the invalid message class applies. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>無効メッセージクラスの他の cause がいずれも当てはまらない場合にのみ、無効メッセージのイベントを報告します。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen in the Reason header when a gateway cannot build or accept a valid PSTN message from the SIP call, for example malformed SIP-I content.</source>
        <comment>seenWhen</comment>
        <translation>ゲートウェイが SIP の呼から有効な PSTN メッセージを組み立てられない、または受け付けられない場合（たとえば SIP-I の内容の形式誤り）に、Reason ヘッダに見られます。</translation>
    </message>
    <message>
        <source>Gateways and exchanges rejecting a malformed message.</source>
        <comment>sentBy</comment>
        <translation>形式の誤ったメッセージを拒否するゲートウェイや交換機です。</translation>
    </message>
    <message>
        <source>Retry only after correcting the malformed content.</source>
        <comment>retryNote</comment>
        <translation>形式の誤った内容を修正してから再試行してください。</translation>
    </message>
    <message>
        <source>Check the INVITE for malformed numbers, headers or ISUP body.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>INVITE に形式の誤った番号、ヘッダ、ISUP ボディがないか確認してください。</translation>
    </message>
    <message>
        <source>Compare with a call that works on the same trunk.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>同じトランクで正常に接続される呼と比較してください。</translation>
    </message>
    <message>
        <source>Ask the carrier which message they rejected.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>どのメッセージが拒否されたのか、キャリアに問い合わせてください。</translation>
    </message>
    <message>
        <source>Carries cause=95.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=95 が入ります。</translation>
    </message>
    <message>
        <source>Cause 96 names a missing mandatory element.</source>
        <comment>related q850:96</comment>
        <extracomment>How q850:96 differs</extracomment>
        <translation>cause 96 は、欠落している必須情報要素を示します。</translation>
    </message>
    <message>
        <source>Cause 100 names bad element contents.</source>
        <comment>related q850:100</comment>
        <extracomment>How q850:100 differs</extracomment>
        <translation>cause 100 は、不正な情報要素の内容を示します。</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>cause 111 は、汎用的なプロトコル誤りです。</translation>
    </message>
</context>
<context>
    <name>q850:96</name>
    <message>
        <source>Mandatory information element is missing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>必須情報要素不足</translation>
    </message>
    <message>
        <source>A message lacked an information element that must be present.</source>
        <comment>summary</comment>
        <translation>メッセージに、必ず含まれているべき情報要素がありませんでした。</translation>
    </message>
    <message>
        <source>The equipment received a message missing an information element that must be present before the message can be processed. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>装置は、処理する前に必ず含まれていなければならない情報要素が欠落したメッセージを受信しました。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen when the SIP call lacks data the gateway needs for the PSTN message, such as an empty called number or a missing calling number on a trunk that requires one.</source>
        <comment>seenWhen</comment>
        <translation>着番号が空である場合や、発番号を必須とするトランクで発番号がない場合など、ゲートウェイが PSTN メッセージに必要とするデータが SIP の呼に欠けている場合に見られます。</translation>
    </message>
    <message>
        <source>Gateways and exchanges that require certain elements.</source>
        <comment>sentBy</comment>
        <translation>特定の情報要素を必須とするゲートウェイや交換機です。</translation>
    </message>
    <message>
        <source>Retry with the missing information supplied.</source>
        <comment>retryNote</comment>
        <translation>欠落している情報を補って再試行してください。</translation>
    </message>
    <message>
        <source>Check that the Request-URI user part and To carry the called number.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Request-URI のユーザ部と To に着番号が含まれていることを確認してください。</translation>
    </message>
    <message>
        <source>Check that From or P-Asserted-Identity provides a calling number if the carrier requires it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>キャリアが要求する場合は、From または P-Asserted-Identity で発番号が提供されていることを確認してください。</translation>
    </message>
    <message>
        <source>Review gateway rules that strip headers or digits.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ヘッダや桁を削除するゲートウェイのルールを見直してください。</translation>
    </message>
    <message>
        <source>Carries cause=96; the diagnostic may name the missing element.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=96 が入ります。診断情報に欠落している情報要素が示されることがあります。</translation>
    </message>
    <message>
        <source>Cause 95 is the generic invalid message.</source>
        <comment>related q850:95</comment>
        <extracomment>How q850:95 differs</extracomment>
        <translation>cause 95 は、汎用的な無効メッセージです。</translation>
    </message>
    <message>
        <source>Cause 100 means the element is present but invalid.</source>
        <comment>related q850:100</comment>
        <extracomment>How q850:100 differs</extracomment>
        <translation>cause 100 は、情報要素は存在するが無効であることを示します。</translation>
    </message>
    <message>
        <source>Cause 99 concerns unknown elements.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>cause 99 は、未知の情報要素に関するものです。</translation>
    </message>
</context>
<context>
    <name>q850:97</name>
    <message>
        <source>Message type non-existent or not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>メッセージ種別未定義または未提供</translation>
    </message>
    <message>
        <source>A message of an unknown or unsupported type was received.</source>
        <comment>summary</comment>
        <translation>未知またはサポートされていない種別のメッセージを受信しました。</translation>
    </message>
    <message>
        <source>The equipment received a message type it does not recognise, because it is not defined or is defined but not implemented. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>装置は、定義されていないか、定義されているが実装されていないため、認識できないメッセージ種別を受信しました。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen when the two sides of a PRI or ISUP link run different protocol variants, and a gateway relays the resulting cause in a Reason header.</source>
        <comment>seenWhen</comment>
        <translation>PRI や ISUP リンクの双方で異なるプロトコルバリアントが使われており、その結果の cause をゲートウェイが Reason ヘッダで中継した場合に見られます。</translation>
    </message>
    <message>
        <source>ISDN or ISUP equipment receiving an unsupported message.</source>
        <comment>sentBy</comment>
        <translation>サポートされていないメッセージを受信した ISDN または ISUP 装置です。</translation>
    </message>
    <message>
        <source>Retrying will not help until the protocol variants match.</source>
        <comment>retryNote</comment>
        <translation>プロトコルバリアントが一致するまでは、再試行しても解決しません。</translation>
    </message>
    <message>
        <source>Check the ISDN switch type or ISUP variant on both sides.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>双方の ISDN スイッチタイプまたは ISUP バリアントを確認してください。</translation>
    </message>
    <message>
        <source>Align protocol variants and versions.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>プロトコルバリアントとバージョンを合わせてください。</translation>
    </message>
    <message>
        <source>Capture the trace to see which message was not understood.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>トレースを取得し、どのメッセージが理解されなかったか確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=97.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=97 が入ります。</translation>
    </message>
    <message>
        <source>Cause 98 adds the case of a message wrong for the call state.</source>
        <comment>related q850:98</comment>
        <extracomment>How q850:98 differs</extracomment>
        <translation>cause 98 は、これに呼状態に合わないメッセージのケースを加えたものです。</translation>
    </message>
    <message>
        <source>Cause 99 concerns unknown information elements.</source>
        <comment>related q850:99</comment>
        <extracomment>How q850:99 differs</extracomment>
        <translation>cause 99 は、未知の情報要素に関するものです。</translation>
    </message>
    <message>
        <source>Cause 111 is the generic protocol error.</source>
        <comment>related q850:111</comment>
        <extracomment>How q850:111 differs</extracomment>
        <translation>cause 111 は、汎用的なプロトコル誤りです。</translation>
    </message>
</context>
<context>
    <name>q850:98</name>
    <message>
        <source>Message not compatible with call state or message type non-existent or not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>呼状態とメッセージ不一致、またはメッセージ種別未定義／未提供</translation>
    </message>
    <message>
        <source>A message was unexpected in the current call state or of an unknown type.</source>
        <comment>summary</comment>
        <translation>現在の呼状態では想定外のメッセージ、または未知の種別のメッセージを受信しました。</translation>
    </message>
    <message>
        <source>The received message is not permissible in the current call state, or a STATUS message indicated an incompatible call state. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>受信したメッセージが現在の呼状態では許可されていないか、STATUS メッセージが不整合な呼状態を示しました。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Seen from PRI gateways when the two sides disagree on the call state, often during fast call tear-down or glare.</source>
        <comment>seenWhen</comment>
        <translation>双方で呼状態の認識が食い違う場合に PRI ゲートウェイから見られます。高速な呼の切断処理中やグレアの際によく発生します。</translation>
    </message>
    <message>
        <source>ISDN equipment that receives an out-of-sequence message.</source>
        <comment>sentBy</comment>
        <translation>順序外のメッセージを受信した ISDN 装置です。</translation>
    </message>
    <message>
        <source>A fresh call attempt may succeed; a persistent pattern needs protocol investigation.</source>
        <comment>retryNote</comment>
        <translation>新たに発信すれば成功する可能性があります。同じパターンが続く場合はプロトコルの調査が必要です。</translation>
    </message>
    <message>
        <source>Capture the Q.931 trace around the failure.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>障害の前後の Q.931 トレースを取得してください。</translation>
    </message>
    <message>
        <source>Look for messages crossing during set-up or release.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>呼設定中または解放中にメッセージが交差していないか確認してください。</translation>
    </message>
    <message>
        <source>Check the switch type setting on the span.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>スパンのスイッチタイプ設定を確認してください。</translation>
    </message>
    <message>
        <source>Carries cause=98.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=98 が入ります。</translation>
    </message>
    <message>
        <source>Cause 101 is the plain call-state mismatch.</source>
        <comment>related q850:101</comment>
        <extracomment>How q850:101 differs</extracomment>
        <translation>cause 101 は、単純な呼状態の不一致です。</translation>
    </message>
    <message>
        <source>Cause 97 is the plain unknown message type.</source>
        <comment>related q850:97</comment>
        <extracomment>How q850:97 differs</extracomment>
        <translation>cause 97 は、単純な未知のメッセージ種別です。</translation>
    </message>
    <message>
        <source>Cause 30 marks the status exchange that often reveals the mismatch.</source>
        <comment>related q850:30</comment>
        <extracomment>How q850:30 differs</extracomment>
        <translation>cause 30 は、不一致が明らかになることの多いステータス交換を示します。</translation>
    </message>
</context>
<context>
    <name>q850:99</name>
    <message>
        <source>Information element/parameter non-existent or not implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>情報要素／パラメータ未定義または未提供</translation>
    </message>
    <message>
        <source>A message contained an element or parameter the receiver does not recognise.</source>
        <comment>summary</comment>
        <translation>メッセージに、受信側が認識できない情報要素またはパラメータが含まれていました。</translation>
    </message>
    <message>
        <source>The message included information elements or parameters that are undefined or not implemented by the receiver; they were discarded. The element is not needed to process the message. RFC 3398 has no row for it.</source>
        <comment>description</comment>
        <translation>メッセージに、受信側で定義されていないか実装されていない情報要素またはパラメータが含まれていたため、それらは破棄されました。その情報要素はメッセージの処理には必要ありません。RFC 3398 には対応する行がありません。</translation>
    </message>
    <message>
        <source>Usually reported in status messages; if a call fails with Reason: Q.850;cause=99, the far side is stricter than expected about an optional element the gateway sends.</source>
        <comment>seenWhen</comment>
        <translation>通常はステータスメッセージで報告されます。呼が Reason: Q.850;cause=99 で失敗した場合、ゲートウェイが送出する任意の情報要素について、対向側が想定より厳格にチェックしています。</translation>
    </message>
    <message>
        <source>ISDN or ISUP equipment meeting an unknown element.</source>
        <comment>sentBy</comment>
        <translation>未知の情報要素を受け取った ISDN または ISUP 装置です。</translation>
    </message>
    <message>
        <source>Retry without the unrecognised element.</source>
        <comment>retryNote</comment>
        <translation>認識されない情報要素を除いて再試行してください。</translation>
    </message>
    <message>
        <source>Identify the element named in the diagnostic.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>診断情報で示されている情報要素を特定してください。</translation>
    </message>
    <message>
        <source>Stop sending that optional element or parameter on this route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>このルートではその任意の情報要素またはパラメータを送信しないようにしてください。</translation>
    </message>
    <message>
        <source>Align protocol variants on both sides.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>双方のプロトコルバリアントを合わせてください。</translation>
    </message>
    <message>
        <source>Carries cause=99.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>cause=99 が入ります。</translation>
    </message>
    <message>
        <source>Cause 103 is the ISUP case where the parameter is passed on.</source>
        <comment>related q850:103</comment>
        <extracomment>How q850:103 differs</extracomment>
        <translation>cause 103 は、パラメータがそのまま転送される ISUP のケースです。</translation>
    </message>
    <message>
        <source>Cause 110 means the whole message was discarded.</source>
        <comment>related q850:110</comment>
        <extracomment>How q850:110 differs</extracomment>
        <translation>cause 110 は、メッセージ全体が廃棄されたことを示します。</translation>
    </message>
    <message>
        <source>Cause 100 means the element is known but badly coded.</source>
        <comment>related q850:100</comment>
        <extracomment>How q850:100 differs</extracomment>
        <translation>cause 100 は、情報要素は既知だが誤ってコーディングされていることを示します。</translation>
    </message>
</context>
<context>
    <name>sip:100</name>
    <message>
        <source>Trying</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>試行中</translation>
    </message>
    <message>
        <source>Hop-by-hop acknowledgement that the next hop received the INVITE and is working on it.</source>
        <comment>summary</comment>
        <translation>次ホップが INVITE を受信し、処理中であることを示すホップバイホップの受信確認です。</translation>
    </message>
    <message>
        <source>100 Trying tells the previous hop that the request arrived and is being processed, so it can stop retransmitting. It says nothing about the callee, because it comes from whichever element received the INVITE rather than from the far end. Unlike the other provisional responses it never creates an early dialog, and RFC 3261 discourages sending provisional responses to non-INVITE requests at all.</source>
        <comment>description</comment>
        <translation>100 Trying は、リクエストが到着して処理中であることを直前のホップに伝え、再送を止めさせるためのものです。INVITE を受信した要素（遠端ではなく、どの要素でもよい）から送られるため、着信側については何も示しません。他の暫定応答と異なり アーリーダイアログ を生成することはなく、RFC 3261 では INVITE 以外のリクエストに対して暫定応答を送ること自体を推奨していません。</translation>
    </message>
    <message>
        <source>It normally arrives within milliseconds of sending an INVITE to a proxy, SBC or PBX, since the INVITE server transaction must send it when its TU will not answer within 200 ms. Over UDP, receiving it stops INVITE retransmissions (Timer A) and moves the client transaction out of the Calling state, so Timer B no longer applies. A trace with 100 Trying followed by a long silence means the problem lies beyond the element that sent it.</source>
        <comment>seenWhen</comment>
        <translation>INVITE の サーバートランザクション は、TU が 200 ms 以内に応答しない場合に 100 を送信しなければならないため、プロキシ、SBC、PBX に INVITE を送ると通常は数ミリ秒以内に届きます。UDP では、これを受信すると INVITE の再送（Timer A）が停止し、クライアントトランザクション が Calling 状態を抜けるため、Timer B は適用されなくなります。トレース上で 100 Trying の後に長い無応答が続く場合、問題はそれを送信した要素より先にあります。</translation>
    </message>
    <message>
        <source>Any element that accepts an INVITE can send it: stateful proxies, SBCs, PBXs and gateways answer with it at once, and user agents may too. Each hop generates its own 100 instead of relaying the one it received.</source>
        <comment>sentBy</comment>
        <translation>INVITE を受け付ける要素であればどれでも送信できます。ステートフルプロキシ、SBC、PBX、ゲートウェイは即座にこれを返し、UA が返すこともあります。各ホップは受信した 100 を中継するのではなく、自ら 100 を生成します。</translation>
    </message>
    <message>
        <source>Nothing to retry; 100 is informational and only stops INVITE retransmissions on unreliable transports. Proxies absorb it and never forward it upstream, so a 100 in your trace always comes from the adjacent hop.</source>
        <comment>retryNote</comment>
        <translation>再試行は不要です。100 は情報提供のみを目的とし、信頼性のないトランスポート上で INVITE の再送を止める働きしかありません。プロキシはこれを吸収して上流へ転送しないため、トレースに現れる 100 は必ず隣接ホップから来たものです。</translation>
    </message>
    <message>
        <source>Treat the 100 as proof that the first hop is alive, and if the call stalls afterwards follow the INVITE to the next hop in the trace.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>100 は最初のホップが生きている証拠とみなし、その後に呼が止まる場合はトレース上で INVITE を次のホップまで追跡してください。</translation>
    </message>
    <message>
        <source>If no 100 arrives and the INVITE keeps being retransmitted, check reachability of the first hop first: IP address, port, transport, firewall rules and NAT pinholes.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>100 が届かず INVITE が再送され続ける場合は、まず最初のホップへの到達性（IP アドレス、ポート、トランスポート、ファイアウォールルール、NAT ピンホール）を確認してください。</translation>
    </message>
    <message>
        <source>If your own proxy or SBC is slow to send 100, look at CPU load and at DNS or database lookups done before it responds, because a UDP caller keeps retransmitting the INVITE at 0.5, 1, 2 and 4 second intervals until it sees one.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>自社のプロキシや SBC が 100 を送るのが遅い場合は、CPU 負荷と、応答前に行われる DNS やデータベースの検索を確認してください。UDP の発信側は 100 を受信するまで 0.5、1、2、4 秒間隔で INVITE を再送し続けるためです。</translation>
    </message>
    <message>
        <source>The top Via branch in the 100 shows which hop produced it, which tells you how far the INVITE got.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>100 の最上位 Via の branch から、どのホップが 100 を生成したかがわかり、INVITE がどこまで届いたかを判断できます。</translation>
    </message>
    <message>
        <source>If the INVITE carried Timestamp, the 100 echoes it so the client can estimate the round-trip time.</source>
        <comment>header Timestamp</comment>
        <extracomment>Why to inspect the Timestamp header</extracomment>
        <translation>INVITE に Timestamp が含まれていた場合、100 はその値をそのまま返すため、クライアントはラウンドトリップ時間を推定できます。</translation>
    </message>
    <message>
        <source>First response that actually comes from the called side and creates an early dialog.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation>実際に着信側から送られ、アーリーダイアログ を生成する最初の応答です。</translation>
    </message>
    <message>
        <source>Progress from the far side, usually with early media, rather than a hop-by-hop receipt.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation>ホップバイホップの受信確認ではなく、遠端からの進捗通知で、通常はアーリーメディアを伴います。</translation>
    </message>
    <message>
        <source>What the caller reports locally when not even a 100 arrives before Timer B fires.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>Timer B が満了するまでに 100 すら届かなかった場合に、発信側がローカルで報告する応答です。</translation>
    </message>
</context>
<context>
    <name>sip:180</name>
    <message>
        <source>Ringing</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>呼び出し中</translation>
    </message>
    <message>
        <source>The called user agent received the INVITE and is alerting the user.</source>
        <comment>summary</comment>
        <translation>着信側 UA が INVITE を受信し、ユーザーを呼び出しています。</translation>
    </message>
    <message>
        <source>180 Ringing means the destination user agent has the INVITE and is alerting, for example by ringing the handset. It carries a To tag and so creates an early dialog; when a proxy forks the call, several 180s with different To tags can arrive. It may carry SDP, in which case many callers play the received early media instead of generating local ringback.</source>
        <comment>description</comment>
        <translation>180 Ringing は、宛先 UA が INVITE を受け取り、端末を鳴らすなどしてユーザーを呼び出していることを示します。To タグを含むため アーリーダイアログ を生成します。プロキシが呼をフォークした場合、異なる To タグを持つ複数の 180 が届くことがあります。SDP を含む場合もあり、その場合多くの発信側はローカルでリングバックトーンを生成せず、受信したアーリーメディアを再生します。</translation>
    </message>
    <message>
        <source>It arrives shortly after the INVITE reaches a registered phone, or when a PSTN gateway receives ISUP ACM or ISDN ALERTING. It is often sent reliably with Require: 100rel and an RSeq header, and must then be acknowledged with PRACK. A common complaint is silent ringing, where the callee sends 180 without SDP but the caller expects early media, or a B2BUA strips the SDP.</source>
        <comment>seenWhen</comment>
        <translation>INVITE が登録済みの電話機に届いた直後、または PSTN ゲートウェイが ISUP ACM や ISDN ALERTING を受信したときに届きます。Require: 100rel と RSeq ヘッダを付けて信頼性のある暫定応答として送信されることが多く、その場合は PRACK で確認応答する必要があります。よくある苦情は「無音の呼び出し」で、着信側が SDP なしで 180 を送っているのに発信側がアーリーメディアを期待している場合や、B2BUA が SDP を削除している場合に起こります。</translation>
    </message>
    <message>
        <source>The called user agent (phone, softphone, PBX extension) sends it, or a gateway does so when the PSTN side reports alerting. Proxies forward it but do not create it.</source>
        <comment>sentBy</comment>
        <translation>着信側 UA（電話機、ソフトフォン、PBX 内線）が送信するか、PSTN 側が呼び出し中を通知したときにゲートウェイが送信します。プロキシは転送はしますが、生成はしません。</translation>
    </message>
    <message>
        <source>Nothing to retry; wait for a final response. A forking proxy keeps all branches alive, and how long ringing lasts is decided by the caller&apos;s no-answer timer, a CANCEL, or proxy timers such as Timer C.</source>
        <comment>retryNote</comment>
        <translation>再試行は不要です。最終応答を待ってください。フォーキングプロキシはすべてのブランチを維持し、呼び出しの継続時間は発信側の無応答タイマー、CANCEL、または Timer C などのプロキシタイマーによって決まります。</translation>
    </message>
    <message>
        <source>If the caller hears nothing while the callee rings, check whether the 180 has SDP and whether the caller generates local ringback when it does not.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>着信側が鳴っているのに発信側に何も聞こえない場合は、180 に SDP が含まれているか、また含まれていない場合に発信側がローカルでリングバックトーンを生成するかを確認してください。</translation>
    </message>
    <message>
        <source>If the 180 carries SDP, confirm the c= address and m= port are reachable and that the SBC opens the media path before answer.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>180 に SDP が含まれている場合は、c= のアドレスと m= のポートに到達可能であること、および SBC が応答前にメディアパスを開いていることを確認してください。</translation>
    </message>
    <message>
        <source>If the 180 uses Require: 100rel, verify the caller sends PRACK and gets a 200 for it; a missing PRACK makes the callee retransmit the 180 and can fail the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>180 が Require: 100rel を使用している場合は、発信側が PRACK を送信し、それに対する 200 を受け取っていることを確認してください。PRACK がないと着信側は 180 を再送し、呼が失敗することがあります。</translation>
    </message>
    <message>
        <source>On forked calls, match each 180 to its To tag to know which device is ringing.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>フォークされた呼では、各 180 を To タグで突き合わせ、どの端末が鳴っているかを把握してください。</translation>
    </message>
    <message>
        <source>Remote target of the early dialog; PRACK and UPDATE are sent here.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>アーリーダイアログ のリモートターゲットです。PRACK と UPDATE はここへ送信されます。</translation>
    </message>
    <message>
        <source>Present when the 180 is sent reliably; the caller must answer it with PRACK.</source>
        <comment>header RSeq</comment>
        <extracomment>Why to inspect the RSeq header</extracomment>
        <translation>180 が信頼性のある暫定応答として送信される場合に付与されます。発信側は PRACK で応答しなければなりません。</translation>
    </message>
    <message>
        <source>A value of application/sdp means the 180 carries a session description for early media.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>値が application/sdp であれば、180 にアーリーメディア用のセッション記述が含まれています。</translation>
    </message>
    <message>
        <source>Progress with early media such as announcements or network ringback, rather than alerting.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation>呼び出しではなく、アナウンスやネットワークリングバックトーンなどのアーリーメディアを伴う進捗通知です。</translation>
    </message>
    <message>
        <source>The callee answered; the early dialog becomes a confirmed dialog.</source>
        <comment>related 200</comment>
        <extracomment>How 200 differs</extracomment>
        <translation>着信側が応答し、アーリーダイアログ が確立済みダイアログになります。</translation>
    </message>
    <message>
        <source>Tells the caller that one of the early dialogs created by a 180 has ended.</source>
        <comment>related 199</comment>
        <extracomment>How 199 differs</extracomment>
        <translation>180 によって生成された アーリーダイアログ の 1 つが終了したことを発信側に伝えます。</translation>
    </message>
</context>
<context>
    <name>sip:181</name>
    <message>
        <source>Call Is Being Forwarded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>転送中</translation>
    </message>
    <message>
        <source>A server tells the caller that the call is being diverted to another destination.</source>
        <comment>summary</comment>
        <translation>呼が別の宛先へ転送されていることをサーバーが発信側に伝えます。</translation>
    </message>
    <message>
        <source>181 is optional feedback that the call is being forwarded, for example because of call forwarding on busy, on no answer or unconditional. It does not change call state and the caller does not need to act on it. Like other provisional responses above 100, it creates an early dialog when it carries a To tag.</source>
        <comment>description</comment>
        <translation>181 は、話中転送、無応答転送、無条件転送などにより呼が転送されていることを示す任意の通知です。呼の状態を変えることはなく、発信側がこれに対して何かをする必要はありません。100 を超える他の暫定応答と同様、To タグを含む場合は アーリーダイアログ を生成します。</translation>
    </message>
    <message>
        <source>It shows up on calls to PBXs and hosted voice platforms where the called extension has forwarding enabled, often together with History-Info or Diversion headers naming the original target. PSTN gateways may generate it when the ISUP side reports that the call was diverted. Some phones display a forwarding notice, while most simply ignore it.</source>
        <comment>seenWhen</comment>
        <translation>着信先の内線で転送が有効になっている PBX やホスティング型音声プラットフォームへの呼で現れ、元の宛先を示す History-Info や Diversion ヘッダを伴うことがよくあります。PSTN ゲートウェイは、ISUP 側から呼が転送されたと通知されたときにこれを生成することがあります。転送の通知を表示する電話機もありますが、ほとんどは単に無視します。</translation>
    </message>
    <message>
        <source>A proxy, PBX or application server that applies a forwarding rule sends it, or a gateway relaying a diversion indication from the PSTN.</source>
        <comment>sentBy</comment>
        <translation>転送ルールを適用したプロキシ、PBX、アプリケーションサーバーが送信するか、PSTN からの転送表示を中継するゲートウェイが送信します。</translation>
    </message>
    <message>
        <source>Nothing to retry; keep waiting for the final response from the forwarded target.</source>
        <comment>retryNote</comment>
        <translation>再試行は不要です。転送先からの最終応答を引き続き待ってください。</translation>
    </message>
    <message>
        <source>No fix is needed for the 181 itself; use it to confirm where forwarding took place.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>181 自体への対処は不要です。どこで転送が行われたかを確認するために利用してください。</translation>
    </message>
    <message>
        <source>If the call ends up at an unexpected destination, read the History-Info or Diversion headers and check the forwarding rules of the subscriber they name.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>呼が想定外の宛先に着信する場合は、History-Info または Diversion ヘッダを読み、そこに示された加入者の転送設定を確認してください。</translation>
    </message>
    <message>
        <source>If forwarded calls are rejected by a carrier, check whether the carrier requires Diversion or History-Info to accept a caller ID that is not one of your numbers.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>転送された呼がキャリアに拒否される場合は、自社番号以外の発信者番号を受け付ける条件として、キャリアが Diversion や History-Info を要求していないか確認してください。</translation>
    </message>
    <message>
        <source>Records each retargeting step and its reason (RFC 7044), showing who forwarded the call.</source>
        <comment>header History-Info</comment>
        <extracomment>Why to inspect the History-Info header</extracomment>
        <translation>各リターゲットの段階とその理由を記録し（RFC 7044）、誰が呼を転送したかを示します。</translation>
    </message>
    <message>
        <source>Older header from the historic RFC 5806, still common on SIP trunks, that names the forwarding party and reason.</source>
        <comment>header Diversion</comment>
        <extracomment>Why to inspect the Diversion header</extracomment>
        <translation>Historic 扱いの RFC 5806 に由来する旧来のヘッダで、SIP トランクでは今でも一般的です。転送元と転送理由を示します。</translation>
    </message>
    <message>
        <source>Asks the caller to perform the forwarding itself instead of the server doing it.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>サーバーが転送するのではなく、発信側自身に転送を行うよう求めます。</translation>
    </message>
    <message>
        <source>Alerting at the final destination, which often follows a 181.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation>最終宛先での呼び出しで、181 の後に続くことがよくあります。</translation>
    </message>
    <message>
        <source>Another informational status, meaning the call is held in a queue.</source>
        <comment>related 182</comment>
        <extracomment>How 182 differs</extracomment>
        <translation>別の情報応答で、呼がキューで待機していることを意味します。</translation>
    </message>
</context>
<context>
    <name>sip:182</name>
    <message>
        <source>Queued</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <source>The callee is temporarily unavailable and the server has placed the call in a queue.</source>
        <comment>summary</comment>
        <translation>着信側が一時的に応答できないため、サーバーが呼をキューに入れました。</translation>
    </message>
    <message>
        <source>182 Queued says the called party cannot take the call right now, but the server has queued it instead of rejecting it. The reason phrase may carry details such as the queue position or the expected wait, and a server may send several 182s as the queue moves. It is provisional and does not end the transaction.</source>
        <comment>description</comment>
        <translation>182 Queued は、着信側が今は呼を受けられないものの、サーバーが拒否せずにキューに入れたことを示します。理由フレーズにはキュー内の順番や予想待ち時間などの詳細が含まれることがあり、キューが進むにつれてサーバーが複数の 182 を送ることもあります。暫定応答であり、トランザクションを終了させません。</translation>
    </message>
    <message>
        <source>Contact centre platforms, ACD queues and PBXs with camp-on features can send it while the caller waits. In practice most queue systems answer with 200 and play music or announcements instead, so a genuine 182 is uncommon in traces.</source>
        <comment>seenWhen</comment>
        <translation>コンタクトセンタープラットフォーム、ACD キュー、キャンプオン機能を持つ PBX が、発信側の待機中に送信することがあります。実際には、ほとんどのキューシステムは 200 で応答して保留音やアナウンスを流すため、本来の 182 がトレースに現れることはまれです。</translation>
    </message>
    <message>
        <source>A UAS or queueing application, such as an ACD or contact centre platform, sends it while it holds the call until an agent or the callee is free.</source>
        <comment>sentBy</comment>
        <translation>ACD やコンタクトセンタープラットフォームなどの UAS またはキューイングアプリケーションが、エージェントや着信側が空くまで呼を保持している間に送信します。</translation>
    </message>
    <message>
        <source>Nothing to retry; wait for the final response. Proxies in the path should allow a long pre-answer phase (Timer C is longer than 3 minutes) so queued calls are not timed out.</source>
        <comment>retryNote</comment>
        <translation>再試行は不要です。最終応答を待ってください。経路上のプロキシは、キュー待ちの呼がタイムアウトしないよう、応答前の長いフェーズを許容する必要があります（Timer C は 3 分より長い値です）。</translation>
    </message>
    <message>
        <source>Confirm the caller&apos;s device tolerates a long provisional phase, since an INVITE transaction may stay in the Proceeding state for minutes.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>INVITE トランザクションは数分間 Proceeding 状態にとどまることがあるため、発信側の端末が長い暫定フェーズを許容できることを確認してください。</translation>
    </message>
    <message>
        <source>Check proxy Timer C and any no-answer timers on SBCs so queued calls are not cut off with 408 or CANCEL while they wait.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>キュー待ちの呼が待機中に 408 や CANCEL で切断されないよう、プロキシの Timer C と SBC の無応答タイマーを確認してください。</translation>
    </message>
    <message>
        <source>If the caller should hear announcements before answer, send 183 with early media SDP, because a 182 without SDP gives the caller nothing to hear.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>発信側に応答前のアナウンスを聞かせる必要がある場合は、アーリーメディアの SDP を含む 183 を送信してください。SDP なしの 182 では、発信側には何も聞こえません。</translation>
    </message>
    <message>
        <source>The callee is being alerted now rather than waiting in a queue.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation>着信側はキューで待っているのではなく、現在呼び出されています。</translation>
    </message>
    <message>
        <source>Progress with early media, the usual way to play queue announcements before answer.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation>アーリーメディアを伴う進捗通知で、応答前にキューのアナウンスを流す一般的な方法です。</translation>
    </message>
    <message>
        <source>The callee is busy and the server rejects the call instead of queuing it.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>着信側が話中で、サーバーは呼をキューに入れずに拒否します。</translation>
    </message>
</context>
<context>
    <name>sip:183</name>
    <message>
        <source>Session Progress</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>セッション進行中</translation>
    </message>
    <message>
        <source>Call setup progress, usually carrying SDP so the caller can hear early media.</source>
        <comment>summary</comment>
        <translation>呼設定の進捗通知で、通常は発信側がアーリーメディアを聞けるよう SDP を含みます。</translation>
    </message>
    <message>
        <source>183 Session Progress reports call setup progress that the other provisional codes do not cover. In practice it almost always carries SDP so that early media, such as network ringback, announcements or IVR prompts, can flow before the call is answered. Like 180 it carries a To tag and creates an early dialog.</source>
        <comment>description</comment>
        <translation>183 Session Progress は、他の暫定応答コードでは表せない呼設定の進捗を通知します。実際には、ネットワークリングバックトーン、アナウンス、IVR ガイダンスなどのアーリーメディアを応答前に流せるよう、ほぼ必ず SDP を含みます。180 と同様に To タグを含み、アーリーダイアログ を生成します。</translation>
    </message>
    <message>
        <source>Calls towards the PSTN are the typical source: a gateway or carrier trunk sends 183 when ISUP ACM or CPG indicate in-band information. It is often sent reliably with Require: 100rel and RSeq, and in IMS networks P-Early-Media may accompany it to authorize the media. Missing or one-way early audio, unheard recorded announcements and &apos;no ringback&apos; complaints usually trace back to how the 183 SDP was handled.</source>
        <comment>seenWhen</comment>
        <translation>典型的な発生元は PSTN 向けの呼で、ISUP ACM や CPG がインバンド情報ありを示すと、ゲートウェイやキャリアのトランクが 183 を送信します。Require: 100rel と RSeq を付けて信頼性のある暫定応答として送信されることが多く、IMS ネットワークではメディアを許可するために P-Early-Media が付与されることもあります。アーリーメディアが聞こえない、片通話になる、録音アナウンスが聞こえない、「リングバックトーンが聞こえない」といった苦情は、たいてい 183 の SDP の扱いに起因します。</translation>
    </message>
    <message>
        <source>Mostly PSTN gateways, carrier SBCs, PBXs and media servers that want to play tones or announcements before answer. Desk phones rarely send it.</source>
        <comment>sentBy</comment>
        <translation>主に、応答前にトーンやアナウンスを流したい PSTN ゲートウェイ、キャリア SBC、PBX、メディアサーバーが送信します。卓上電話機が送信することはまれです。</translation>
    </message>
    <message>
        <source>Nothing to retry; wait for the final response. Announcements carried in a 183 often precede a failure such as 404 or 486, so read the final response to learn the outcome.</source>
        <comment>retryNote</comment>
        <translation>再試行は不要です。最終応答を待ってください。183 で流れるアナウンスは 404 や 486 などの失敗に先立つことが多いため、結果は最終応答で確認してください。</translation>
    </message>
    <message>
        <source>Check that the 183 contains SDP and that its c= address and m= port are reachable from the caller, especially through NAT and SBCs.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>183 に SDP が含まれていること、その c= のアドレスと m= のポートに発信側から到達可能であることを、特に NAT や SBC を経由する場合に確認してください。</translation>
    </message>
    <message>
        <source>Verify the caller, or its SBC, actually opens and plays early media; some devices ignore it unless configured to do so.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>発信側またはその SBC が実際にアーリーメディアを開いて再生していることを確認してください。設定しない限りアーリーメディアを無視する端末もあります。</translation>
    </message>
    <message>
        <source>If the 183 requires 100rel, confirm the caller supports it and sends PRACK, otherwise the UAS retransmits and may fail the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>183 が 100rel を要求している場合は、発信側がそれをサポートし PRACK を送信していることを確認してください。そうでないと UAS が再送を続け、呼が失敗することがあります。</translation>
    </message>
    <message>
        <source>Compare the SDP in the 183 with the SDP in the 200 OK; a gateway that changes codec or address between them often makes audio drop at answer.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>183 の SDP と 200 OK の SDP を比較してください。両者の間でコーデックやアドレスを変更するゲートウェイでは、応答時に音声が途切れることがよくあります。</translation>
    </message>
    <message>
        <source>A value of application/sdp marks an early media description; without a body there is nothing to play.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>値が application/sdp であればアーリーメディアのセッション記述を示します。ボディがなければ再生するものはありません。</translation>
    </message>
    <message>
        <source>Require: 100rel together with RSeq means the caller must send PRACK for this 183.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>Require: 100rel と RSeq が併せて付与されている場合、発信側はこの 183 に対して PRACK を送信しなければなりません。</translation>
    </message>
    <message>
        <source>Used in IMS and by some carriers (RFC 5009) to state whether early media is authorized and in which direction.</source>
        <comment>header P-Early-Media</comment>
        <extracomment>Why to inspect the P-Early-Media header</extracomment>
        <translation>IMS や一部のキャリアで使用され（RFC 5009）、アーリーメディアが許可されているかどうかと、その方向を示します。</translation>
    </message>
    <message>
        <source>Alerting indication; it may also carry SDP but does not imply in-band progress information.</source>
        <comment>related 180</comment>
        <extracomment>How 180 differs</extracomment>
        <translation>呼び出しの通知です。SDP を含むこともありますが、インバンドの進捗情報があることを意味するものではありません。</translation>
    </message>
    <message>
        <source>Tells the caller that an early dialog, possibly one carrying early media, has ended.</source>
        <comment>related 199</comment>
        <extracomment>How 199 differs</extracomment>
        <translation>アーリーダイアログ（アーリーメディアを伴っていた可能性のあるもの）が終了したことを発信側に伝えます。</translation>
    </message>
    <message>
        <source>What the callee returns when it cannot accept the offered SDP at all.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>着信側が提示された SDP をまったく受け入れられない場合に返す応答です。</translation>
    </message>
</context>
<context>
    <name>sip:199</name>
    <message>
        <source>Early Dialog Terminated</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>アーリーダイアログ 終了</translation>
    </message>
    <message>
        <source>An early dialog created by an earlier provisional response ended before the final response.</source>
        <comment>summary</comment>
        <translation>先行する暫定応答で生成された アーリーダイアログ が、最終応答より前に終了しました。</translation>
    </message>
    <message>
        <source>199 lets a UAS or a forking proxy tell upstream elements that one early dialog is finished while the INVITE transaction is still open. Its To tag identifies which early dialog ended, so the caller can stop rendering media for it and release resources tied to it. It may only be sent when the caller announced support by listing the 199 option-tag in Supported.</source>
        <comment>description</comment>
        <translation>199 により、UAS またはフォーキングプロキシは、INVITE トランザクションがまだ継続している間に 1 つの アーリーダイアログ が終了したことを上流の要素に伝えることができます。To タグでどの アーリーダイアログ が終了したかを識別できるため、発信側はそのメディアの再生を停止し、関連するリソースを解放できます。送信できるのは、発信側が Supported に 199 オプションタグを列挙してサポートを表明している場合に限られます。</translation>
    </message>
    <message>
        <source>It appears on forked calls, such as parallel ringing or several registered devices for one user, where branches answered with 180 or 183 and one branch then rejects with 486 or 603 while the others keep ringing. The forking proxy cannot forward that final response yet, so it sends 199 upstream instead. Gateways and SBCs use it to stop playing early media from the branch that died.</source>
        <comment>seenWhen</comment>
        <translation>同時鳴動や 1 ユーザーに複数の端末が登録されている場合など、フォークされた呼で現れます。各ブランチが 180 や 183 で応答した後、あるブランチが 486 や 603 で拒否し、他のブランチはまだ鳴っているという状況です。フォーキングプロキシはその最終応答をまだ転送できないため、代わりに 199 を上流へ送ります。ゲートウェイや SBC は、終了したブランチからのアーリーメディアの再生を止めるためにこれを利用します。</translation>
    </message>
    <message>
        <source>A forking proxy sends it when a branch ends with a non-2xx final response that it is not forwarding yet; a UAS may send it when it ends one of its own early dialogs.</source>
        <comment>sentBy</comment>
        <translation>フォーキングプロキシが、ブランチが 2xx 以外の最終応答で終了し、その応答をまだ転送しない場合に送信します。UAS が自身のアーリーダイアログの 1 つを終了する際に送信することもあります。</translation>
    </message>
    <message>
        <source>Nothing to retry; the INVITE transaction continues on the remaining branches. Wait for the final response that the proxy eventually forwards.</source>
        <comment>retryNote</comment>
        <translation>再試行は不要です。INVITE トランザクションは残りのブランチで継続します。最終的にプロキシが転送する最終応答を待ってください。</translation>
    </message>
    <message>
        <source>Check that the INVITE lists 199 in Supported if you expect the network to send it; otherwise proxies and UAS must stay silent.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>ネットワークから 199 が送られることを期待する場合は、INVITE の Supported に 199 が含まれていることを確認してください。含まれていなければ、プロキシも UAS も送信してはなりません。</translation>
    </message>
    <message>
        <source>Match the To tag of the 199 with the earlier 180 or 183 to see which branch ended.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>199 の To タグを先行する 180 や 183 と突き合わせ、どのブランチが終了したかを確認してください。</translation>
    </message>
    <message>
        <source>If early media from a rejected branch keeps playing, confirm that the caller or its SBC acts on 199 and stops that media stream.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>拒否されたブランチのアーリーメディアが流れ続ける場合は、発信側またはその SBC が 199 を処理してそのメディアストリームを停止しているか確認してください。</translation>
    </message>
    <message>
        <source>Do not expect an SDP answer in a 199; look at the Reason header, if present, for why the branch ended.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>199 に SDP アンサーが含まれることは期待しないでください。ブランチが終了した理由は、Reason ヘッダがあればそこで確認してください。</translation>
    </message>
    <message>
        <source>The caller&apos;s INVITE must carry the 199 option-tag before anyone may send a 199.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>199 を送信できるのは、発信側の INVITE が 199 オプションタグを含んでいる場合に限られます。</translation>
    </message>
    <message>
        <source>The tag identifies the early dialog that was terminated.</source>
        <comment>header To</comment>
        <extracomment>Why to inspect the To header</extracomment>
        <translation>tag により、終了したアーリーダイアログを識別します。</translation>
    </message>
    <message>
        <source>May carry the SIP response code that ended the branch.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>ブランチを終了させた SIP 応答コードを含むことがあります。</translation>
    </message>
    <message>
        <source>Creates the kind of early dialog, with early media, that a 199 later closes.</source>
        <comment>related 183</comment>
        <extracomment>How 183 differs</extracomment>
        <translation>199 が後で終了させる種類のアーリーダイアログ（アーリーメディアを伴うもの）を生成します。</translation>
    </message>
    <message>
        <source>A typical branch rejection that makes a forking proxy send 199 while other branches keep ringing.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>典型的なブランチの拒否で、他のブランチが鳴り続けている間にフォーキングプロキシが 199 を送信する契機になります。</translation>
    </message>
    <message>
        <source>Final response ending the whole INVITE transaction rather than one branch.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation>1 つのブランチではなく、INVITE トランザクション全体を終了させる最終応答です。</translation>
    </message>
</context>
<context>
    <name>sip:200</name>
    <message>
        <source>OK</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>The request succeeded; for INVITE the call is answered and must be confirmed with ACK.</source>
        <comment>summary</comment>
        <translation>リクエストが成功しました。INVITE の場合は呼が応答されたことを意味し、ACK で確認する必要があります。</translation>
    </message>
    <message>
        <source>200 OK is the generic success response, and what it means depends on the method. For INVITE the callee answered: the 200 normally carries the SDP answer, or an offer if the INVITE had none, and it establishes the dialog. For REGISTER it confirms the bindings and lists every current Contact with its expiry, while for BYE, CANCEL, OPTIONS and other methods it simply confirms the request.</source>
        <comment>description</comment>
        <translation>200 OK は汎用的な成功応答で、その意味はメソッドによって異なります。INVITE の場合は着信側が応答したことを示し、200 には通常 SDP アンサー（INVITE に SDP がなかった場合はオファー）が含まれ、ダイアログが確立されます。REGISTER の場合はバインディングを確認し、現在有効なすべての Contact をその有効期限とともに列挙します。BYE、CANCEL、OPTIONS などのメソッドでは、単にリクエストを受け付けたことを示します。</translation>
    </message>
    <message>
        <source>You see it at call answer, in reply to REGISTER refreshes, to OPTIONS keepalives from SBCs and trunks, and when calls are closed with BYE. The classic 200-related failure is a call that drops after about 32 seconds: the UAS keeps retransmitting the 200 because the ACK never arrives, often due to a wrong Contact or Record-Route, NAT, or a private IP in the 200. Another is one-way audio after answer caused by an unreachable c= address in the SDP of the 200.</source>
        <comment>seenWhen</comment>
        <translation>応答時、REGISTER の更新への応答、SBC やトランクからの OPTIONS キープアライブへの応答、BYE による切断時に見られます。200 に関する典型的な障害は、約 32 秒後に呼が切れるというものです。ACK が届かないため UAS が 200 を再送し続けるもので、原因は Contact や Record-Route の誤り、NAT、200 に含まれるプライベート IP であることがよくあります。もう 1 つは、200 の SDP の c= アドレスに到達できないことによる応答後の片通話です。</translation>
    </message>
    <message>
        <source>The UAS that handled the request sends it: the answering phone or gateway for INVITE, the registrar for REGISTER. Proxies forward the 200 to INVITE unchanged and answer CANCEL hop by hop with a 200 of their own.</source>
        <comment>sentBy</comment>
        <translation>リクエストを処理した UAS が送信します。INVITE であれば応答した電話機やゲートウェイ、REGISTER であればレジストラです。プロキシは INVITE に対する 200 をそのまま転送し、CANCEL にはホップバイホップで自ら 200 を返します。</translation>
    </message>
    <message>
        <source>Nothing to retry. A forking proxy forwards every 200 it receives for an INVITE, so a caller may get more than one and must ACK each of them, then usually sends BYE on the dialogs it does not want.</source>
        <comment>retryNote</comment>
        <translation>再試行は不要です。フォーキングプロキシは INVITE に対して受信したすべての 200 を転送するため、発信側は複数の 200 を受け取ることがあり、それぞれに ACK を返したうえで、通常は不要なダイアログに BYE を送信します。</translation>
    </message>
    <message>
        <source>For INVITE, confirm an ACK follows every 200 and reaches the UAS; if the 200 is retransmitted, trace where the ACK goes using the Contact and Record-Route of the 200.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>INVITE の場合は、すべての 200 に続いて ACK が送信され UAS に届いていることを確認してください。200 が再送されている場合は、200 の Contact と Record-Route をもとに ACK の行き先を追跡してください。</translation>
    </message>
    <message>
        <source>Check the Contact and SDP addresses in the 200 for private or wrong IPs, and fix NAT handling on the SBC, the router ALG or the phone&apos;s public address settings.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>200 の Contact と SDP のアドレスにプライベート IP や誤った IP がないか確認し、SBC、ルーターの ALG、または電話機のパブリックアドレス設定で NAT の扱いを修正してください。</translation>
    </message>
    <message>
        <source>For REGISTER, read the expires values returned for each Contact; the registrar may grant a shorter interval than requested.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>REGISTER の場合は、各 Contact に対して返された expires の値を確認してください。レジストラは要求より短い間隔を許可することがあります。</translation>
    </message>
    <message>
        <source>If calls drop at 32 seconds, treat it as a lost ACK problem rather than a media problem.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>呼が 32 秒で切れる場合は、メディアの問題ではなく ACK 消失の問題として扱ってください。</translation>
    </message>
    <message>
        <source>For INVITE this is the remote target for ACK and later requests; for REGISTER it lists the active bindings with their expiry.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>INVITE の場合は ACK や以降のリクエストのリモートターゲットです。REGISTER の場合は有効なバインディングをその有効期限とともに列挙します。</translation>
    </message>
    <message>
        <source>Defines the route set that ACK, re-INVITE and BYE must follow.</source>
        <comment>header Record-Route</comment>
        <extracomment>Why to inspect the Record-Route header</extracomment>
        <translation>ACK、re-INVITE、BYE がたどるべきルートセットを定義します。</translation>
    </message>
    <message>
        <source>A value of application/sdp in a 200 to INVITE carries the media answer, or the offer if the INVITE had no SDP.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>INVITE に対する 200 で値が application/sdp であれば、メディアのアンサー（INVITE に SDP がなかった場合はオファー）を含みます。</translation>
    </message>
    <message>
        <source>Older stacks answer REFER and SUBSCRIBE with it where 200 is now expected.</source>
        <comment>related 202</comment>
        <extracomment>How 202 differs</extracomment>
        <translation>古いスタックは、現在は 200 が期待される REFER や SUBSCRIBE に対してこれを返します。</translation>
    </message>
    <message>
        <source>Also a success for SUBSCRIBE, but announces that no NOTIFY will follow.</source>
        <comment>related 204</comment>
        <extracomment>How 204 differs</extracomment>
        <translation>SUBSCRIBE に対する成功応答でもありますが、NOTIFY が後続しないことを示します。</translation>
    </message>
    <message>
        <source>Typical answer to BYE or re-INVITE when the dialog was never confirmed because the ACK for the 200 was lost.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation>200 に対する ACK が失われてダイアログが確立されなかった場合に、BYE や re-INVITE に対して返される典型的な応答です。</translation>
    </message>
</context>
<context>
    <name>sip:202</name>
    <message>
        <source>Accepted</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>受理</translation>
    </message>
    <message>
        <source>Request accepted but not yet acted upon; once used for SUBSCRIBE and REFER, now deprecated.</source>
        <comment>summary</comment>
        <translation>リクエストは受理されたがまだ処理されていません。以前は SUBSCRIBE と REFER に使われていましたが、現在は非推奨です。</translation>
    </message>
    <message>
        <source>202 Accepted says the request was accepted for processing and that the outcome will be reported later. RFC 3265 used it for subscriptions that were accepted but not yet authorized, and RFC 3515 made it the normal answer to REFER, whose progress is then reported in NOTIFY requests with sipfrag bodies. RFC 6665 deprecated it because subscription state is reported in NOTIFY anyway, so current stacks send 200 and treat an incoming 202 the same way.</source>
        <comment>description</comment>
        <translation>202 Accepted は、リクエストが処理のために受理され、結果は後で通知されることを示します。RFC 3265 では受理されたもののまだ認可されていないサブスクリプションに用いられ、RFC 3515 では REFER に対する通常の応答とされ、その進捗は sipfrag ボディを持つ NOTIFY リクエストで通知されます。RFC 6665 では、いずれにせよサブスクリプションの状態は NOTIFY で通知されるとして非推奨となったため、現在のスタックは 200 を送信し、受信した 202 も同様に扱います。</translation>
    </message>
    <message>
        <source>Blind and attended transfers are the usual place: many phones and PBXs still answer REFER with 202, followed by NOTIFY requests whose message/sipfrag body reads &apos;SIP/2.0 100 Trying&apos; and later the final result. Older presence and BLF servers may also return 202 to SUBSCRIBE while authorization is pending. Seeing it in a trace is normal and not an error in itself.</source>
        <comment>seenWhen</comment>
        <translation>典型的なのはブラインド転送や在席転送です。多くの電話機や PBX は今でも REFER に 202 で応答し、その後 message/sipfrag ボディが「SIP/2.0 100 Trying」、続いて最終結果となる NOTIFY リクエストを送ります。古いプレゼンスサーバーや BLF サーバーも、認可が保留中の間は SUBSCRIBE に 202 を返すことがあります。トレースに現れるのは正常であり、それ自体はエラーではありません。</translation>
    </message>
    <message>
        <source>Phones, PBXs and presence servers that accept a REFER or SUBSCRIBE send it, mostly implementations written to RFC 3265 or RFC 3515 before RFC 6665 appeared.</source>
        <comment>sentBy</comment>
        <translation>REFER や SUBSCRIBE を受理した電話機、PBX、プレゼンスサーバーが送信します。主に、RFC 6665 の登場以前に RFC 3265 や RFC 3515 に準拠して作られた実装です。</translation>
    </message>
    <message>
        <source>Nothing to retry; the request succeeded. Wait for the NOTIFY the accepting side must send, and treat the subscription as failed if none arrives within Timer N (64*T1).</source>
        <comment>retryNote</comment>
        <translation>再試行は不要です。リクエストは成功しています。受理した側が送信しなければならない NOTIFY を待ち、Timer N（64*T1）以内に届かない場合はサブスクリプションが失敗したものとみなしてください。</translation>
    </message>
    <message>
        <source>Introduced for SUBSCRIBE by RFC 3265 and used for REFER by RFC 3515, it was deprecated by RFC 6665, so compliant elements send 200 and treat a received 202 like 200.</source>
        <comment>statusNote</comment>
        <translation>RFC 3265 で SUBSCRIBE 用に導入され、RFC 3515 で REFER に用いられましたが、RFC 6665 で非推奨となりました。そのため準拠した要素は 200 を送信し、受信した 202 を 200 と同様に扱います。</translation>
    </message>
    <message>
        <source>Treat 202 exactly like 200, and do not fail a transfer or a subscription because the code is 202.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>202 は 200 とまったく同じに扱い、コードが 202 であることを理由に転送やサブスクリプションを失敗させないでください。</translation>
    </message>
    <message>
        <source>For REFER, follow the NOTIFY requests and their sipfrag bodies to learn whether the transferred call actually succeeded.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>REFER の場合は、NOTIFY リクエストとその sipfrag ボディを追跡し、転送された呼が実際に成功したかどうかを確認してください。</translation>
    </message>
    <message>
        <source>For SUBSCRIBE, read Subscription-State in the NOTIFY (pending, active or terminated) instead of inferring state from the 202.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>SUBSCRIBE の場合は、202 から状態を推測するのではなく、NOTIFY の Subscription-State（pending、active、terminated）を確認してください。</translation>
    </message>
    <message>
        <source>In a response to SUBSCRIBE it gives the subscription duration the notifier granted.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>SUBSCRIBE への応答では、ノーティファイアが許可したサブスクリプションの有効期間を示します。</translation>
    </message>
    <message>
        <source>Remote target for the subscription dialog, where refreshes and later requests are sent.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>サブスクリプションダイアログのリモートターゲットで、更新や以降のリクエストはここへ送信されます。</translation>
    </message>
    <message>
        <source>The response RFC 6665 requires in place of 202.</source>
        <comment>related 200</comment>
        <extracomment>How 200 differs</extracomment>
        <translation>RFC 6665 が 202 の代わりに要求する応答です。</translation>
    </message>
    <message>
        <source>Success for a conditional SUBSCRIBE where no NOTIFY will be sent.</source>
        <comment>related 204</comment>
        <extracomment>How 204 differs</extracomment>
        <translation>条件付き SUBSCRIBE に対する成功応答で、NOTIFY は送信されません。</translation>
    </message>
    <message>
        <source>Rejects a SUBSCRIBE or REFER because the event package is not supported.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>イベントパッケージがサポートされていないため、SUBSCRIBE や REFER を拒否します。</translation>
    </message>
</context>
<context>
    <name>sip:204</name>
    <message>
        <source>No Notification</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>通知なし</translation>
    </message>
    <message>
        <source>A conditional SUBSCRIBE succeeded and the state is unchanged, so no NOTIFY will follow.</source>
        <comment>summary</comment>
        <translation>条件付き SUBSCRIBE が成功し、状態に変化がないため NOTIFY は後続しません。</translation>
    </message>
    <message>
        <source>204 belongs to the conditional event notification extension of RFC 5839. The subscriber refreshes a subscription with a Suppress-If-Match header holding the entity-tag of the state it already has, and if that state has not changed the notifier answers 204 and skips the NOTIFY. It is only valid in response to a SUBSCRIBE sent within an existing subscription dialog.</source>
        <comment>description</comment>
        <translation>204 は RFC 5839 の条件付きイベント通知拡張に属します。サブスクライバーは、既に保持している状態のエンティティタグを入れた Suppress-If-Match ヘッダを付けてサブスクリプションを更新し、その状態が変化していなければノーティファイアは 204 で応答して NOTIFY を省略します。既存のサブスクリプションダイアログ内で送信された SUBSCRIBE に対する応答としてのみ有効です。</translation>
    </message>
    <message>
        <source>It appears with presence, dialog and registration event subscriptions from clients that support entity-tags, typically on refresh SUBSCRIBEs for presence lists or BLF. It saves traffic for mobile clients and busy presence servers because unchanged state is not sent again. Few desk phones use it.</source>
        <comment>seenWhen</comment>
        <translation>エンティティタグをサポートするクライアントからのプレゼンス、ダイアログ、登録の各イベントのサブスクリプションで現れ、典型的にはプレゼンスリストや BLF の更新 SUBSCRIBE で見られます。変化のない状態を再送しないため、モバイルクライアントや負荷の高いプレゼンスサーバーのトラフィックを削減できます。使用する卓上電話機はほとんどありません。</translation>
    </message>
    <message>
        <source>A notifier that supports RFC 5839 entity-tags, such as a presence server or a PBX offering dialog-state subscriptions, sends it.</source>
        <comment>sentBy</comment>
        <translation>RFC 5839 のエンティティタグをサポートするノーティファイア（プレゼンスサーバーや、ダイアログ状態のサブスクリプションを提供する PBX など）が送信します。</translation>
    </message>
    <message>
        <source>Nothing to retry; the subscription has been refreshed. Refresh it again before it expires, again using Suppress-If-Match if state is only wanted when it changes.</source>
        <comment>retryNote</comment>
        <translation>再試行は不要です。サブスクリプションは更新されました。期限切れになる前に再度更新してください。状態の変化時のみ通知が必要であれば、再び Suppress-If-Match を使用します。</translation>
    </message>
    <message>
        <source>Treat 204 as a successful refresh and keep the state from the last NOTIFY.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>204 は更新の成功として扱い、最後の NOTIFY の状態を保持してください。</translation>
    </message>
    <message>
        <source>Read the Expires value of the 204 to schedule the next refresh.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>204 の Expires の値を読み、次の更新をスケジュールしてください。</translation>
    </message>
    <message>
        <source>If the subscriber&apos;s view looks stale after a 204, check that the notifier creates a new entity-tag whenever the state changes; a notifier that reuses tags wrongly suppresses notifications.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>204 の後にサブスクライバー側の状態が古いままに見える場合は、ノーティファイアが状態変化のたびに新しいエンティティタグを生成しているか確認してください。タグを使い回すノーティファイアは、誤って通知を抑止してしまいます。</translation>
    </message>
    <message>
        <source>Sent in the SUBSCRIBE; holds the entity-tag of the state the subscriber already has.</source>
        <comment>header Suppress-If-Match</comment>
        <extracomment>Why to inspect the Suppress-If-Match header</extracomment>
        <translation>SUBSCRIBE で送信され、サブスクライバーが既に保持している状態のエンティティタグを含みます。</translation>
    </message>
    <message>
        <source>Carried in NOTIFY requests; the value the subscriber stores and sends back in Suppress-If-Match.</source>
        <comment>header SIP-ETag</comment>
        <extracomment>Why to inspect the SIP-ETag header</extracomment>
        <translation>NOTIFY リクエストに含まれ、サブスクライバーが保存して Suppress-If-Match で送り返す値です。</translation>
    </message>
    <message>
        <source>Gives the duration of the refreshed subscription.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>更新されたサブスクリプションの有効期間を示します。</translation>
    </message>
    <message>
        <source>Plain success, after which a NOTIFY with the current state is expected.</source>
        <comment>related 200</comment>
        <extracomment>How 200 differs</extracomment>
        <translation>通常の成功応答で、その後に現在の状態を含む NOTIFY が送られることが期待されます。</translation>
    </message>
    <message>
        <source>Deprecated success code for SUBSCRIBE, always followed by a NOTIFY.</source>
        <comment>related 202</comment>
        <extracomment>How 202 differs</extracomment>
        <translation>SUBSCRIBE に対する非推奨の成功コードで、必ず NOTIFY が後続します。</translation>
    </message>
    <message>
        <source>The entity-tag counterpart for PUBLISH, returned when a SIP-If-Match tag is unknown.</source>
        <comment>related 412</comment>
        <extracomment>How 412 differs</extracomment>
        <translation>PUBLISH におけるエンティティタグ関連の対応する応答で、SIP-If-Match のタグが不明な場合に返されます。</translation>
    </message>
</context>
<context>
    <name>sip:300</name>
    <message>
        <source>Multiple Choices</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>複数の選択肢</translation>
    </message>
    <message>
        <source>The address resolved to several possible targets, listed in Contact, and the caller may pick one.</source>
        <comment>summary</comment>
        <translation>アドレスが複数の候補ターゲットに解決され、それらが Contact に列挙されているため、発信側が 1 つを選べます。</translation>
    </message>
    <message>
        <source>300 says the Request-URI maps to more than one location and leaves the choice to the caller. The alternatives are listed in Contact, possibly ranked with q-values, and a body may describe them for a human user. Unlike 302, the server is offering a choice rather than a single forwarding target.</source>
        <comment>description</comment>
        <translation>300 は、Request-URI が複数のロケーションに対応しており、その選択を発信側に委ねることを示します。候補は Contact に列挙され、q 値で順位付けされることもあり、人間のユーザー向けにボディで説明されることもあります。302 と異なり、サーバーは単一の転送先ではなく選択肢を提示しています。</translation>
    </message>
    <message>
        <source>It is rare in production. A redirect server or location service that holds several registrations or numbers for a user, such as an office phone, a mobile and voicemail, may return it to let the caller decide. Many UAs and SBCs simply treat it like 302 and try the Contacts in q-value order.</source>
        <comment>seenWhen</comment>
        <translation>実運用ではまれです。オフィスの電話機、携帯電話、ボイスメールなど、1 ユーザーについて複数の登録や番号を保持するリダイレクトサーバーやロケーションサービスが、発信側に判断させるために返すことがあります。多くの UA や SBC は単に 302 と同様に扱い、q 値の順に Contact を試行します。</translation>
    </message>
    <message>
        <source>Redirect servers or user agents that know several possible locations for the requested user send it.</source>
        <comment>sentBy</comment>
        <translation>要求されたユーザーについて複数の候補ロケーションを把握しているリダイレクトサーバーや UA が送信します。</translation>
    </message>
    <message>
        <source>Retry at one or more of the Contact targets, highest q-value first. A proxy that receives it may recurse on the Contacts itself instead of passing the 300 upstream.</source>
        <comment>retryNote</comment>
        <translation>1 つ以上の Contact ターゲットに対し、q 値の高い順に再試行してください。これを受信したプロキシは、300 を上流に渡さずに自ら Contact に対して再帰処理を行うことがあります。</translation>
    </message>
    <message>
        <source>Check whether the UAC or SBC is configured to follow 3xx responses at all; if not, the call fails here.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>UAC や SBC がそもそも 3xx 応答に従うよう設定されているか確認してください。設定されていなければ、呼はここで失敗します。</translation>
    </message>
    <message>
        <source>Inspect the Contact values and q-values, and make sure each target uses a scheme and host the caller can route.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Contact の値と q 値を確認し、各ターゲットが発信側でルーティング可能なスキームとホストを使用していることを確認してください。</translation>
    </message>
    <message>
        <source>If the caller cannot choose interactively, configure the redirect server to send 302 with an ordered Contact list instead.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>発信側が対話的に選択できない場合は、代わりに順序付きの Contact リストを含む 302 を送信するようリダイレクトサーバーを設定してください。</translation>
    </message>
    <message>
        <source>Lists the alternative targets, each optionally with a q-value that expresses preference.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>候補ターゲットを列挙します。それぞれに優先度を表す q 値を付けることもできます。</translation>
    </message>
    <message>
        <source>Together with the expires Contact parameter, says how long the alternatives may be cached.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>Contact の expires パラメータと合わせて、候補をキャッシュしてよい期間を示します。</translation>
    </message>
    <message>
        <source>Redirect to one or more temporary targets without offering a choice.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>選択肢を提示せず、1 つ以上の一時的なターゲットへリダイレクトします。</translation>
    </message>
    <message>
        <source>Points to an alternative service described in the body instead of alternative addresses.</source>
        <comment>related 380</comment>
        <extracomment>How 380 differs</extracomment>
        <translation>代替アドレスではなく、ボディで説明される代替サービスを示します。</translation>
    </message>
    <message>
        <source>The address is ambiguous, reported as a failure with optional suggestions rather than as a redirect.</source>
        <comment>related 485</comment>
        <extracomment>How 485 differs</extracomment>
        <translation>アドレスがあいまいであることを、リダイレクトではなく失敗として（候補を付けることもあります）通知します。</translation>
    </message>
</context>
<context>
    <name>sip:301</name>
    <message>
        <source>Moved Permanently</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>恒久的に移動</translation>
    </message>
    <message>
        <source>The user is no longer at the Request-URI; use the address in Contact from now on.</source>
        <comment>summary</comment>
        <translation>ユーザーはもう Request-URI には存在しません。今後は Contact のアドレスを使用してください。</translation>
    </message>
    <message>
        <source>301 tells the caller that the requested address is permanently obsolete and gives the new one in Contact. The caller should retry there and may update its address book or cached routes so that future requests go straight to the new address. It differs from 302 only in that the move is not temporary.</source>
        <comment>description</comment>
        <translation>301 は、要求されたアドレスが恒久的に使われなくなったことを発信側に伝え、新しいアドレスを Contact で示します。発信側はそのアドレスで再試行し、今後のリクエストが直接新しいアドレスに送られるよう、アドレス帳やキャッシュしたルートを更新してもかまいません。302 との違いは、移動が一時的なものではないという点だけです。</translation>
    </message>
    <message>
        <source>It appears after a user or number has been migrated to another domain or platform and the old server redirects permanently. It also comes from misconfigured redirect servers that use 301 where 302 was meant. Most PBXs and SBCs handle 301 and 302 the same way.</source>
        <comment>seenWhen</comment>
        <translation>ユーザーや番号が別のドメインやプラットフォームに移行され、旧サーバーが恒久的なリダイレクトを行う場合に現れます。302 のつもりで 301 を使用している設定ミスのリダイレクトサーバーから送られることもあります。ほとんどの PBX や SBC は 301 と 302 を同じように扱います。</translation>
    </message>
    <message>
        <source>Redirect servers or user agents that know the user has permanently moved to a new address send it.</source>
        <comment>sentBy</comment>
        <translation>ユーザーが新しいアドレスに恒久的に移動したことを把握しているリダイレクトサーバーや UA が送信します。</translation>
    </message>
    <message>
        <source>Retry at the Contact address and use it for future requests as well. A proxy may recurse on it on the caller&apos;s behalf.</source>
        <comment>retryNote</comment>
        <translation>Contact のアドレスで再試行し、今後のリクエストにもそのアドレスを使用してください。プロキシが発信側に代わって再帰処理を行うこともあります。</translation>
    </message>
    <message>
        <source>Make sure the caller or SBC follows redirects and that the Contact target is routable in scheme, host, port and transport.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>発信側または SBC がリダイレクトに従うこと、および Contact のターゲットがスキーム、ホスト、ポート、トランスポートの点でルーティング可能であることを確認してください。</translation>
    </message>
    <message>
        <source>Update stored contacts, speed dials or routing tables to the new address so the redirect is no longer needed.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>リダイレクトが不要になるよう、保存済みの連絡先、短縮ダイヤル、ルーティングテーブルを新しいアドレスに更新してください。</translation>
    </message>
    <message>
        <source>If the redirect is not really permanent, change the redirect server to send 302.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>リダイレクトが実際には恒久的でない場合は、302 を送信するようリダイレクトサーバーを変更してください。</translation>
    </message>
    <message>
        <source>Holds the new permanent address to retry at.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>再試行先となる新しい恒久的なアドレスを含みます。</translation>
    </message>
    <message>
        <source>May limit how long the new address should be treated as valid.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>新しいアドレスを有効とみなす期間を制限することがあります。</translation>
    </message>
    <message>
        <source>Same redirect mechanism, but the move is only temporary.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>同じリダイレクトの仕組みですが、移動は一時的なものに限られます。</translation>
    </message>
    <message>
        <source>The user is gone and the server knows no new address.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>ユーザーは存在せず、サーバーも新しいアドレスを把握していません。</translation>
    </message>
</context>
<context>
    <name>sip:302</name>
    <message>
        <source>Moved Temporarily</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>一時的に移動</translation>
    </message>
    <message>
        <source>The user is temporarily reachable elsewhere; retry at the Contact address or addresses.</source>
        <comment>summary</comment>
        <translation>ユーザーは一時的に別の場所で到達可能です。Contact のアドレスで再試行してください。</translation>
    </message>
    <message>
        <source>302 redirects the caller to one or more temporary targets listed in Contact. The caller, or a proxy acting for it, retries the request at those targets, while the original URI remains valid for future calls. The Expires header or the expires Contact parameter can say how long the redirect may be reused.</source>
        <comment>description</comment>
        <translation>302 は、Contact に列挙された 1 つ以上の一時的なターゲットへ発信側をリダイレクトします。発信側（またはその代理のプロキシ）はそれらのターゲットでリクエストを再試行し、元の URI は今後の呼に対して引き続き有効です。Expires ヘッダまたは Contact の expires パラメータにより、リダイレクトを再利用できる期間が示されることがあります。</translation>
    </message>
    <message>
        <source>It is common for call forwarding implemented by redirect, where the server returns the forward-to number in Contact, often with a Diversion header, and for least-cost routing and number portability engines that return a list of carrier gateways. Problems appear when the UAC or SBC does not follow redirects, drops the Diversion header on the new INVITE, or receives a Contact it cannot route.</source>
        <comment>seenWhen</comment>
        <translation>リダイレクトで実装された転送でよく見られ、サーバーは転送先番号を Contact で返し、多くの場合 Diversion ヘッダを伴います。また、キャリアゲートウェイのリストを返す LCR エンジンや番号ポータビリティエンジンでもよく使われます。問題が起きるのは、UAC や SBC がリダイレクトに従わない場合、新しい INVITE で Diversion ヘッダを落とす場合、またはルーティングできない Contact を受信した場合です。</translation>
    </message>
    <message>
        <source>Redirect servers, routing and number portability engines, and PBXs or phones that implement call forwarding by redirect send it.</source>
        <comment>sentBy</comment>
        <translation>リダイレクトサーバー、ルーティングエンジンや番号ポータビリティエンジン、リダイレクトで転送を実装した PBX や電話機が送信します。</translation>
    </message>
    <message>
        <source>Retry the same request at the Contact targets in q-value order, moving to the next Contact after a failure. A proxy may recurse on the Contacts itself; watch for loops when a target redirects back to the original address.</source>
        <comment>retryNote</comment>
        <translation>同じリクエストを Contact のターゲットに対して q 値の順に再試行し、失敗したら次の Contact に進んでください。プロキシが自ら Contact に対して再帰処理を行うこともあります。ターゲットが元のアドレスへリダイレクトし返す場合のループに注意してください。</translation>
    </message>
    <message>
        <source>Confirm the UAC, PBX or SBC is configured to follow 3xx responses, because several platforms ignore them by default and fail the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>UAC、PBX、SBC が 3xx 応答に従うよう設定されていることを確認してください。いくつかのプラットフォームはデフォルトで 3xx を無視し、呼を失敗させます。</translation>
    </message>
    <message>
        <source>Check that every Contact is routable from the caller: scheme (sip or tel), host, port and transport parameters.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>すべての Contact が発信側からルーティング可能であることを、スキーム（sip または tel）、ホスト、ポート、トランスポートパラメータについて確認してください。</translation>
    </message>
    <message>
        <source>When a routing engine returns several Contacts, verify the caller tries them in q-value order and moves on after each failure.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ルーティングエンジンが複数の Contact を返す場合は、発信側がそれらを q 値の順に試行し、失敗するたびに次へ進むことを確認してください。</translation>
    </message>
    <message>
        <source>Keep Diversion or History-Info on the retried INVITE if the far end needs them to accept a forwarded caller ID.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>転送された発信者番号を受け付けるために遠端がそれらを必要とする場合は、再試行する INVITE に Diversion や History-Info を残してください。</translation>
    </message>
    <message>
        <source>One or more temporary targets, optionally ranked with q-values.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>1 つ以上の一時的なターゲットで、q 値で順位付けされることもあります。</translation>
    </message>
    <message>
        <source>Together with the expires Contact parameter, says how long the redirect may be cached.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>Contact の expires パラメータと合わせて、リダイレクトをキャッシュしてよい期間を示します。</translation>
    </message>
    <message>
        <source>Often added by forwarding servers so the new target knows who forwarded the call.</source>
        <comment>header Diversion</comment>
        <extracomment>Why to inspect the Diversion header</extracomment>
        <translation>転送サーバーによって付与されることが多く、新しいターゲットは誰が呼を転送したかを知ることができます。</translation>
    </message>
    <message>
        <source>Same mechanism, but the move is permanent.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation>同じ仕組みですが、移動は恒久的です。</translation>
    </message>
    <message>
        <source>Sent by a server that performs the forwarding itself instead of redirecting.</source>
        <comment>related 181</comment>
        <extracomment>How 181 differs</extracomment>
        <translation>リダイレクトせず、サーバー自身が転送を行う場合に送信されます。</translation>
    </message>
    <message>
        <source>Offers several alternatives for the caller to choose from.</source>
        <comment>related 300</comment>
        <extracomment>How 300 differs</extracomment>
        <translation>発信側が選択できるよう、複数の候補を提示します。</translation>
    </message>
</context>
<context>
    <name>sip:305</name>
    <message>
        <source>Use Proxy</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>プロキシ使用</translation>
    </message>
    <message>
        <source>The resource must be reached through the proxy given in the Contact header field.</source>
        <comment>summary</comment>
        <translation>リソースには Contact ヘッダフィールドで示されたプロキシを経由して到達する必要があります。</translation>
    </message>
    <message>
        <source>305 tells the caller that the requested resource can only be reached through the proxy named in Contact, and that the request should be resent through it. RFC 3261 allows only a UAS to send it, never a proxy. Because it asks the client to route through whatever server the response names, it can be abused to divert signaling, so many implementations ignore it or treat it as a failure.</source>
        <comment>description</comment>
        <translation>305 は、要求されたリソースには Contact で示されたプロキシを経由しなければ到達できないため、そのプロキシ経由でリクエストを再送すべきことを発信側に伝えます。RFC 3261 ではこれを送信できるのは UAS のみで、プロキシが送信することはありません。応答で指定された任意のサーバー経由でのルーティングをクライアントに求めるため、シグナリングの迂回に悪用されるおそれがあり、多くの実装はこれを無視するか失敗として扱います。</translation>
    </message>
    <message>
        <source>It is rarely seen in live networks. It may come from a server that requires traffic to pass through a specific edge proxy or SBC, or from security tests trying to hijack call routing. Some phones and SBCs log it as an unsupported redirect.</source>
        <comment>seenWhen</comment>
        <translation>実ネットワークで見ることはまれです。特定のエッジプロキシや SBC を経由するトラフィックを要求するサーバーから送られることもあれば、呼のルーティングを乗っ取ろうとするセキュリティテストから送られることもあります。未サポートのリダイレクトとしてログに記録する電話機や SBC もあります。</translation>
    </message>
    <message>
        <source>Only a UAS may generate it; a proxy that emits 305 is not following RFC 3261.</source>
        <comment>sentBy</comment>
        <translation>生成できるのは UAS のみです。305 を送信するプロキシは RFC 3261 に従っていません。</translation>
    </message>
    <message>
        <source>Resend the request only through the proxy named in Contact, and only when the sender is trusted. Treat an unauthenticated 305 as a failure rather than following it blindly.</source>
        <comment>retryNote</comment>
        <translation>Contact で示されたプロキシ経由でのみ、かつ送信元が信頼できる場合に限り、リクエストを再送してください。認証されていない 305 に盲目的に従わず、失敗として扱ってください。</translation>
    </message>
    <message>
        <source>Identify who sent the 305 and whether that UAS is trusted; act on it only over authenticated, integrity-protected signaling such as TLS to a known peer.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>誰が 305 を送信したか、その UAS が信頼できるかを特定し、既知のピアとの TLS など、認証と完全性保護のあるシグナリング上でのみ対応してください。</translation>
    </message>
    <message>
        <source>If the instruction is legitimate, configure the required proxy as the outbound proxy instead of relying on 305 at run time.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>指示が正当なものであれば、実行時に 305 に頼るのではなく、必要なプロキシをアウトバウンドプロキシとして設定してください。</translation>
    </message>
    <message>
        <source>If your UAC ignores 305 and the call fails, agree the required route with the far end.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>UAC が 305 を無視して呼が失敗する場合は、必要なルートについて遠端と合意してください。</translation>
    </message>
    <message>
        <source>Gives the URI of the proxy through which the request should be resent.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>リクエストの再送経由先となるプロキシの URI を示します。</translation>
    </message>
    <message>
        <source>Redirects to a new target rather than to a proxy in front of the same target.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>同じターゲットの前段にあるプロキシではなく、新しいターゲットへリダイレクトします。</translation>
    </message>
    <message>
        <source>Permanent move to a different address.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation>別のアドレスへの恒久的な移動です。</translation>
    </message>
</context>
<context>
    <name>sip:380</name>
    <message>
        <source>Alternative Service</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>代替サービス</translation>
    </message>
    <message>
        <source>The call failed, but alternative services are possible and are described in the response body.</source>
        <comment>summary</comment>
        <translation>呼は失敗しましたが、代替サービスが利用可能であり、応答ボディで説明されています。</translation>
    </message>
    <message>
        <source>380 is a redirection class response saying the call could not be completed as requested but an alternative service might work. The alternatives are described in the message body rather than in Contact. RFC 3261 leaves the body format open, so the meaning depends on the deployment.</source>
        <comment>description</comment>
        <translation>380 はリダイレクトクラスの応答で、要求どおりに呼を完了できなかったものの、代替サービスなら可能かもしれないことを示します。代替手段は Contact ではなくメッセージボディで説明されます。RFC 3261 ではボディの形式を規定していないため、意味は導入環境によって異なります。</translation>
    </message>
    <message>
        <source>In IMS networks the P-CSCF or another IMS element returns 380 with a 3GPP XML body of type emergency when a UE dials an emergency number as a normal call; the UE must then retry as an emergency call. Outside IMS it is rare.</source>
        <comment>seenWhen</comment>
        <translation>IMS ネットワークでは、UE が緊急番号を通常呼として発信すると、P-CSCF などの IMS 要素が emergency 型の 3GPP XML ボディを付けて 380 を返します。UE はその後、緊急呼として再試行しなければなりません。IMS 以外ではまれです。</translation>
    </message>
    <message>
        <source>IMS proxies such as the P-CSCF send it, as can any UAS or server that wants to steer the caller to a different service.</source>
        <comment>sentBy</comment>
        <translation>P-CSCF などの IMS プロキシが送信します。発信側を別のサービスに誘導したい UAS やサーバーであれば送信できます。</translation>
    </message>
    <message>
        <source>Retry only as the alternative service described in the body, for example as an emergency call. Resending the same request will get the same answer.</source>
        <comment>retryNote</comment>
        <translation>ボディで説明された代替サービスとして（たとえば緊急呼として）のみ再試行してください。同じリクエストを再送しても同じ応答が返ります。</translation>
    </message>
    <message>
        <source>Read the body, starting with its Content-Type, to learn which alternative service is offered.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>どの代替サービスが提示されているかを知るため、まず Content-Type を確認してからボディを読んでください。</translation>
    </message>
    <message>
        <source>For IMS emergency cases, make sure the UE recognizes local emergency numbers and retries with an emergency INVITE, including emergency registration if the body asks for it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>IMS の緊急呼の場合は、UE がローカルの緊急番号を認識し、緊急 INVITE で再試行すること、またボディで求められていれば緊急登録も行うことを確認してください。</translation>
    </message>
    <message>
        <source>Outside IMS, confirm the UAC understands the body format; if it does not, treat the 380 as a failure and report it to the user.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>IMS 以外では、UAC がボディの形式を理解できることを確認してください。理解できない場合は 380 を失敗として扱い、ユーザーに通知してください。</translation>
    </message>
    <message>
        <source>Identifies the format of the body that describes the alternative, such as the 3GPP IMS XML type.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>代替手段を説明するボディの形式（3GPP IMS の XML 型など）を示します。</translation>
    </message>
    <message>
        <source>Offers alternative addresses in Contact instead of an alternative service.</source>
        <comment>related 300</comment>
        <extracomment>How 300 differs</extracomment>
        <translation>代替サービスではなく、Contact で代替アドレスを提示します。</translation>
    </message>
    <message>
        <source>Redirects to another target for the same service.</source>
        <comment>related 302</comment>
        <extracomment>How 302 differs</extracomment>
        <translation>同じサービスについて別のターゲットへリダイレクトします。</translation>
    </message>
</context>
<context>
    <name>sip:400</name>
    <message>
        <source>Bad Request</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>不正なリクエスト</translation>
    </message>
    <message>
        <source>The request could not be parsed or is missing mandatory elements.</source>
        <comment>summary</comment>
        <translation>リクエストを解析できないか、必須要素が欠けています。</translation>
    </message>
    <message>
        <source>400 means the receiver could not understand the request because its syntax is malformed. The reason phrase often names the exact problem, such as a missing header or invalid SDP, so read it before anything else. It is the catch-all for parsing errors in headers, URIs, Content-Length and bodies.</source>
        <comment>description</comment>
        <translation>400 は、リクエストの構文が不正なため受信側が理解できなかったことを意味します。理由フレーズには、ヘッダの欠落や不正な SDP など、問題点が具体的に示されていることが多いため、まずそれを確認してください。ヘッダ、URI、Content-Length、ボディの解析エラー全般をまとめて扱う応答です。</translation>
    </message>
    <message>
        <source>It typically appears after software upgrades or when a new PBX, SBC or trunk is connected and one side produces headers the other rejects. Common causes are a missing or duplicated mandatory header (To, From, Call-ID, CSeq, Via, Max-Forwards), a Content-Length that does not match the body, unescaped characters in URIs or display names, and malformed SDP. Truncated UDP packets after IP fragmentation can also look like a bad request.</source>
        <comment>seenWhen</comment>
        <translation>ソフトウェアのアップグレード後や、新しい PBX、SBC、トランクを接続したときに、一方が生成したヘッダを他方が拒否する形で現れるのが典型的です。よくある原因は、必須ヘッダ（To、From、Call-ID、CSeq、Via、Max-Forwards）の欠落や重複、ボディと一致しない Content-Length、URI や表示名内のエスケープされていない文字、不正な SDP です。IP フラグメンテーション後に切り詰められた UDP パケットも、不正なリクエストに見えることがあります。</translation>
    </message>
    <message>
        <source>Any element that parses the request can send it: proxies and SBCs reject unparsable messages early, while user agents and gateways reject bodies they cannot parse.</source>
        <comment>sentBy</comment>
        <translation>リクエストを解析する要素であればどれでも送信できます。プロキシや SBC は解析できないメッセージを早い段階で拒否し、UA やゲートウェイは解析できないボディを拒否します。</translation>
    </message>
    <message>
        <source>Do not resend the same message; fix the malformed element first. Advancing to another route rarely helps unless only that peer is strict about the construct.</source>
        <comment>retryNote</comment>
        <translation>同じメッセージを再送しないでください。まず不正な要素を修正してください。その構文に厳格なのがそのピアだけである場合を除き、別ルートに進めてもほとんど効果はありません。</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header, since many servers name the offending header there.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>多くのサーバーは問題のあるヘッダを理由フレーズや Warning ヘッダで示すため、それらを確認してください。</translation>
    </message>
    <message>
        <source>Capture the request on the wire rather than in the application log, and check mandatory headers, Content-Length against the real body size, display name quoting and URI escaping.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>アプリケーションログではなく回線上でリクエストをキャプチャし、必須ヘッダ、実際のボディサイズと Content-Length の一致、表示名の引用符、URI のエスケープを確認してください。</translation>
    </message>
    <message>
        <source>Check the SDP for syntax errors such as missing c= lines, bad rtpmap entries or wrong line endings.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>c= 行の欠落、不正な rtpmap エントリ、誤った改行コードなど、SDP の構文エラーを確認してください。</translation>
    </message>
    <message>
        <source>If large INVITEs fail only over UDP, switch to TCP or trim the message to avoid fragmentation.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>サイズの大きい INVITE が UDP でのみ失敗する場合は、フラグメンテーションを避けるため TCP に切り替えるか、メッセージを小さくしてください。</translation>
    </message>
    <message>
        <source>Some servers add a Warning header with a more specific error text.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>より具体的なエラー文を含む Warning ヘッダを付けるサーバーもあります。</translation>
    </message>
    <message>
        <source>A value that does not match the actual body size is a frequent cause.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation>実際のボディサイズと一致しない値は、よくある原因です。</translation>
    </message>
    <message>
        <source>The request parsed correctly but requires an extension the server does not support.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>リクエストは正しく解析されましたが、サーバーがサポートしていない拡張を要求しています。</translation>
    </message>
    <message>
        <source>The body is well formed but of a type the server does not handle.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>ボディの形式は正しいものの、サーバーが扱えないタイプです。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 400 to cause 41, Temporary failure, when interworking with ISUP.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>ISUP とのインターワーキング時、RFC 3398 は 400 を cause 41（Temporary failure）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:401</name>
    <message>
        <source>Unauthorized</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>認証が必要</translation>
    </message>
    <message>
        <source>The UAS or registrar requires authentication; resend with credentials for the given challenge.</source>
        <comment>summary</comment>
        <translation>UAS またはレジストラが認証を要求しています。提示されたチャレンジに対する認証情報を付けて再送してください。</translation>
    </message>
    <message>
        <source>401 is a challenge from a user agent server or registrar that wants the request authenticated before acting on it. It carries a WWW-Authenticate header with the realm, nonce and algorithm, and the client answers by resending the request with an Authorization header. Proxies never use 401; they challenge with 407.</source>
        <comment>description</comment>
        <translation>401 は、UAS やレジストラがリクエストを処理する前に認証を求めるチャレンジです。realm、nonce、algorithm を含む WWW-Authenticate ヘッダが付与され、クライアントは Authorization ヘッダを付けてリクエストを再送することで応答します。プロキシは 401 を使用せず、407 でチャレンジします。</translation>
    </message>
    <message>
        <source>It is normal on the first REGISTER to a hosted PBX or carrier, and on INVITEs to servers that authenticate calls. It becomes a problem when the client resends with credentials and gets 401 again, which points to a wrong password, a wrong authentication username, an unexpected realm or a mishandled nonce. Streams of 401s to many different users are also the footprint of scanners probing a public registrar.</source>
        <comment>seenWhen</comment>
        <translation>ホスティング型 PBX やキャリアへの最初の REGISTER、および呼を認証するサーバーへの INVITE では正常な動作です。問題となるのは、クライアントが認証情報を付けて再送しても再び 401 が返る場合で、パスワードの誤り、認証ユーザー名の誤り、想定外の realm、nonce の扱いの誤りが疑われます。多数の異なるユーザーに対する 401 の連続は、公開レジストラを探るスキャナーの痕跡でもあります。</translation>
    </message>
    <message>
        <source>Registrars, PBXs and user agent servers that authenticate users with Digest send it. B2BUAs that authenticate calls themselves often use 401 rather than 407.</source>
        <comment>sentBy</comment>
        <translation>Digest でユーザーを認証するレジストラ、PBX、UAS が送信します。自ら呼を認証する B2BUA は、407 ではなく 401 を使うことがよくあります。</translation>
    </message>
    <message>
        <source>Retry once with credentials computed from the challenge. If the retry is rejected again without stale=true, stop, since looping on bad credentials can lock the account or trigger fraud blocking.</source>
        <comment>retryNote</comment>
        <translation>チャレンジから計算した認証情報を付けて 1 回だけ再試行してください。再試行が stale=true なしで再び拒否された場合は中止してください。誤った認証情報で繰り返すと、アカウントがロックされたり不正利用対策のブロックが発動したりすることがあります。</translation>
    </message>
    <message>
        <source>Check that the client resends the request with an Authorization header and an incremented CSeq after the first 401.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>最初の 401 の後、クライアントが Authorization ヘッダを付け、CSeq を増やしてリクエストを再送していることを確認してください。</translation>
    </message>
    <message>
        <source>If a second 401 follows, verify the authentication username and password, and that the realm in the challenge matches the client&apos;s configuration.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>2 回目の 401 が返る場合は、認証ユーザー名とパスワード、およびチャレンジの realm がクライアントの設定と一致していることを確認してください。</translation>
    </message>
    <message>
        <source>If the challenge has stale=true, the password was right but the nonce expired, so the client should retry with the new nonce without asking the user.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>チャレンジに stale=true がある場合は、パスワードは正しいものの nonce が期限切れになっているため、クライアントはユーザーに尋ねることなく新しい nonce で再試行する必要があります。</translation>
    </message>
    <message>
        <source>Compare the algorithm requested (MD5, SHA-256) with what the client supports.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>要求された algorithm（MD5、SHA-256）とクライアントがサポートするものを比較してください。</translation>
    </message>
    <message>
        <source>Carries the Digest challenge: realm, nonce, algorithm, qop and possibly stale=true.</source>
        <comment>header WWW-Authenticate</comment>
        <extracomment>Why to inspect the WWW-Authenticate header</extracomment>
        <translation>Digest チャレンジ（realm、nonce、algorithm、qop、場合によっては stale=true）を含みます。</translation>
    </message>
    <message>
        <source>The header the client must add to the retried request, computed from the challenge.</source>
        <comment>header Authorization</comment>
        <extracomment>Why to inspect the Authorization header</extracomment>
        <translation>チャレンジから計算し、クライアントが再試行するリクエストに付与しなければならないヘッダです。</translation>
    </message>
    <message>
        <source>The same challenge mechanism, but issued by a proxy with Proxy-Authenticate.</source>
        <comment>related 407</comment>
        <extracomment>How 407 differs</extracomment>
        <translation>同じチャレンジの仕組みですが、プロキシが Proxy-Authenticate で発行します。</translation>
    </message>
    <message>
        <source>Refusal that no credentials can fix.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>どのような認証情報でも解決できない拒否です。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 401 to cause 21, Call rejected, when a gateway interworks with ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>ゲートウェイが ISUP とインターワーキングする場合、RFC 3398 は 401 を cause 21（Call rejected）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:402</name>
    <message>
        <source>Payment Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>支払いが必要</translation>
    </message>
    <message>
        <source>Reserved for future use by RFC 3261; some providers use it to signal missing credit.</source>
        <comment>summary</comment>
        <translation>RFC 3261 で将来の使用のために予約されています。一部のプロバイダーはクレジット不足の通知に使用しています。</translation>
    </message>
    <message>
        <source>RFC 3261 reserves 402 and gives it no defined behaviour. In practice a few providers and softswitches return it when a prepaid balance is exhausted or an account is suspended for billing reasons. Because its semantics are not standardized, clients should treat it as a generic 4xx failure.</source>
        <comment>description</comment>
        <translation>RFC 3261 は 402 を予約しているだけで、動作を定義していません。実際には、一部のプロバイダーやソフトスイッチが、プリペイド残高の枯渇や課金上の理由によるアカウント停止の際にこれを返します。意味が標準化されていないため、クライアントは一般的な 4xx の失敗として扱う必要があります。</translation>
    </message>
    <message>
        <source>It shows up on outbound calls over prepaid SIP trunks or retail VoIP accounts when the credit runs out, sometimes after a 183 announcement. Most carriers signal the same situation with 403 or 603 instead.</source>
        <comment>seenWhen</comment>
        <translation>プリペイドの SIP トランクや個人向け VoIP アカウントでの発信時に、クレジットが尽きたときに現れ、183 のアナウンスの後に返されることもあります。ほとんどのキャリアは、同じ状況を 403 や 603 で通知します。</translation>
    </message>
    <message>
        <source>Billing-aware softswitches, B2BUAs and provider edge proxies send it, where they choose to use it at all.</source>
        <comment>sentBy</comment>
        <translation>課金と連動するソフトスイッチ、B2BUA、プロバイダーのエッジプロキシが、これを使用する場合に送信します。</translation>
    </message>
    <message>
        <source>Do not retry automatically through the same provider until the account is fixed. An LCR router may send the call over another carrier.</source>
        <comment>retryNote</comment>
        <translation>アカウントの問題が解決するまで、同じプロバイダー経由で自動的に再試行しないでください。LCR ルーターが別のキャリア経由で呼を送ることはあります。</translation>
    </message>
    <message>
        <source>Check the account balance, credit limit or billing status with the provider.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>アカウント残高、与信限度額、課金状態をプロバイダーに確認してください。</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header for the provider&apos;s own explanation.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>プロバイダー独自の説明がないか、理由フレーズと Warning ヘッダを確認してください。</translation>
    </message>
    <message>
        <source>If you route over several carriers, decide whether another carrier should take the calls until the billing issue is resolved.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>複数のキャリアを経由してルーティングしている場合は、課金の問題が解決するまで別のキャリアに呼を任せるかどうかを判断してください。</translation>
    </message>
    <message>
        <source>Providers sometimes explain the billing problem here.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>プロバイダーがここで課金の問題を説明することがあります。</translation>
    </message>
    <message>
        <source>The more common way carriers refuse calls for account reasons.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>キャリアがアカウント上の理由で呼を拒否する、より一般的な方法です。</translation>
    </message>
    <message>
        <source>Explicit decline, also used by some platforms for blocked accounts.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>明示的な拒否で、一部のプラットフォームではブロックされたアカウントにも使用されます。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 402 to cause 21, Call rejected, towards ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>RFC 3398 は、ISUP 方向で 402 を cause 21（Call rejected）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:403</name>
    <message>
        <source>Forbidden</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>禁止</translation>
    </message>
    <message>
        <source>The server understood the request but refuses it; authenticating again will not help.</source>
        <comment>summary</comment>
        <translation>サーバーはリクエストを理解しましたが拒否しています。再認証しても解決しません。</translation>
    </message>
    <message>
        <source>403 means the request was understood and well formed but policy forbids serving it. Unlike 401 or 407 there is no challenge to answer, so resending with credentials is pointless. The reason phrase or a Warning header often names the rule that fired.</source>
        <comment>description</comment>
        <translation>403 は、リクエストが理解され形式も正しいものの、ポリシーにより処理が禁止されていることを意味します。401 や 407 と異なり応答すべきチャレンジはないため、認証情報を付けて再送しても意味がありません。理由フレーズや Warning ヘッダに、適用されたルールが示されていることがよくあります。</translation>
    </message>
    <message>
        <source>On SIP trunks it appears when the source IP is not on the provider&apos;s allow list, when the From or P-Asserted-Identity number is not one of the customer&apos;s numbers, or when the destination (international, premium rate, a specific country) is barred. Registrars send it for disabled accounts, wrong domains or after too many failed authentication attempts, and fraud or scanner protection on SBCs answers 403 to suspicious traffic.</source>
        <comment>seenWhen</comment>
        <translation>SIP トランクでは、送信元 IP がプロバイダーの許可リストにない場合、From や P-Asserted-Identity の番号が顧客の番号でない場合、宛先（国際、プレミアムレート、特定の国）が規制されている場合に現れます。レジストラは、無効化されたアカウント、誤ったドメイン、認証失敗が多すぎる場合にこれを送信し、SBC の不正利用対策やスキャナー対策は疑わしいトラフィックに 403 で応答します。</translation>
    </message>
    <message>
        <source>Provider edge proxies and SBCs enforcing access and caller ID policy send it, as do registrars rejecting accounts and PBXs or gateways enforcing class-of-service rules.</source>
        <comment>sentBy</comment>
        <translation>アクセスポリシーや発信者番号ポリシーを適用するプロバイダーのエッジプロキシや SBC が送信するほか、アカウントを拒否するレジストラや、発信規制（クラスオブサービス）ルールを適用する PBX やゲートウェイも送信します。</translation>
    </message>
    <message>
        <source>Do not resend the same request and do not resend credentials. An LCR router may try another carrier when the refusal is carrier specific, but a refusal from your own provider needs a configuration change first.</source>
        <comment>retryNote</comment>
        <translation>同じリクエストを再送せず、認証情報も再送しないでください。拒否が特定のキャリアに固有のものであれば、LCR ルーターが別のキャリアを試すことはありますが、自社のプロバイダーによる拒否の場合はまず設定の変更が必要です。</translation>
    </message>
    <message>
        <source>Read the reason phrase and Warning header, since providers often state the rule, such as an invalid caller ID or a blocked destination.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>無効な発信者番号やブロックされた宛先など、プロバイダーが適用したルールを示していることが多いため、理由フレーズと Warning ヘッダを確認してください。</translation>
    </message>
    <message>
        <source>Verify the trunk&apos;s source IP, the domain in the Request-URI, and that the caller ID in From or P-Asserted-Identity is allowed for the account.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>トランクの送信元 IP、Request-URI のドメイン、および From や P-Asserted-Identity の発信者番号がそのアカウントで許可されているかを確認してください。</translation>
    </message>
    <message>
        <source>Check destination barring, concurrent call limits and fraud rules on the provider and SBC side.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>プロバイダー側と SBC 側で、宛先規制、同時通話数の制限、不正利用対策ルールを確認してください。</translation>
    </message>
    <message>
        <source>For REGISTER, confirm the account is enabled and the client is not locked out after repeated wrong passwords.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>REGISTER の場合は、アカウントが有効であること、またパスワードを繰り返し誤ったことでクライアントがロックアウトされていないことを確認してください。</translation>
    </message>
    <message>
        <source>May carry the provider&apos;s explanation of which policy refused the request.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>どのポリシーによってリクエストが拒否されたかについて、プロバイダーの説明を含むことがあります。</translation>
    </message>
    <message>
        <source>A challenge that valid credentials can satisfy.</source>
        <comment>related 401</comment>
        <extracomment>How 401 differs</extracomment>
        <translation>有効な認証情報で満たすことのできるチャレンジです。</translation>
    </message>
    <message>
        <source>The callee, rather than the network, declined the call.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>ネットワークではなく着信側が呼を拒否しました。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 403 to cause 21, Call rejected, towards ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>RFC 3398 は、ISUP 方向で 403 を cause 21（Call rejected）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:404</name>
    <message>
        <source>Not Found</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>The user in the Request-URI does not exist in the domain the server is responsible for.</source>
        <comment>summary</comment>
        <translation>Request-URI のユーザーが、サーバーの管轄ドメインに存在しません。</translation>
    </message>
    <message>
        <source>404 means the server is authoritative for the domain in the Request-URI but found no such user, or the domain itself is not one it serves. For telephone numbers it corresponds to an unallocated or unrouted number. It only speaks for this server&apos;s domain, so another domain or carrier may still know the user.</source>
        <comment>description</comment>
        <translation>404 は、サーバーが Request-URI のドメインについて権限を持つものの該当するユーザーが見つからなかったこと、またはそのドメイン自体がサーバーの管轄外であることを意味します。電話番号の場合は、欠番またはルーティングされていない番号に相当します。このサーバーのドメインについてのみの判断であるため、別のドメインやキャリアではそのユーザーが見つかる可能性があります。</translation>
    </message>
    <message>
        <source>It is typical for calls to DIDs that are not provisioned on the trunk or not mapped to an extension, and for numbers sent in a format the receiver does not expect (E.164 with a plus sign, national format, or an unexpected prefix). It also follows server migrations that leave a wrong domain in the Request-URI. Some PBXs return 404 for known users that are merely unregistered, where 480 would be more accurate.</source>
        <comment>seenWhen</comment>
        <translation>トランクでプロビジョニングされていない DID や内線に割り当てられていない DID への呼、および受信側が想定していない形式（プラス記号付きの E.164、国内形式、想定外のプレフィックス）で送られた番号で典型的に見られます。サーバー移行後に Request-URI に誤ったドメインが残っている場合にも発生します。既知のユーザーが単に未登録であるだけで 404 を返す PBX もありますが、その場合は 480 のほうが正確です。</translation>
    </message>
    <message>
        <source>The proxy or registrar responsible for the domain sends it after a failed location lookup, as do PBXs, gateways and carrier switches that have no route for the number.</source>
        <comment>sentBy</comment>
        <translation>ドメインを管轄するプロキシやレジストラがロケーション検索に失敗した後に送信するほか、その番号へのルートを持たない PBX、ゲートウェイ、キャリアの交換機も送信します。</translation>
    </message>
    <message>
        <source>Do not retry the same URI at the same server; fix the number or the mapping first. Some LCR setups treat a 404 from a carrier as a routing gap and try the next carrier, which is reasonable only on carrier trunks.</source>
        <comment>retryNote</comment>
        <translation>同じサーバーの同じ URI に再試行しないでください。まず番号またはマッピングを修正してください。LCR の設定によっては、キャリアからの 404 をルーティングの欠落とみなして次のキャリアを試すものもありますが、これが妥当なのはキャリアトランクの場合のみです。</translation>
    </message>
    <message>
        <source>Compare the user part of the Request-URI with the number format the far end expects: E.164, national, with or without a plus sign.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Request-URI のユーザー部を、遠端が想定する番号形式（E.164、国内形式、プラス記号の有無）と比較してください。</translation>
    </message>
    <message>
        <source>Check the inbound DID mapping or dial plan on the receiving PBX or carrier for that exact number.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>受信側の PBX またはキャリアで、その番号に対する着信 DID のマッピングやダイヤルプランを確認してください。</translation>
    </message>
    <message>
        <source>Verify that the host part of the Request-URI is a domain the server treats as local.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Request-URI のホスト部が、サーバーがローカルとして扱うドメインであることを確認してください。</translation>
    </message>
    <message>
        <source>If the user exists but is offline, check whether the server answers 404 for unregistered users and change it to 480 if possible.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>ユーザーは存在するがオフラインの場合は、サーバーが未登録ユーザーに 404 を返していないか確認し、可能であれば 480 に変更してください。</translation>
    </message>
    <message>
        <source>Rarely present, but RFC 3261 allows it when the user may become available later.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>付与されることはまれですが、ユーザーが後で利用可能になる可能性がある場合には RFC 3261 で認められています。</translation>
    </message>
    <message>
        <source>Some servers explain here which lookup failed.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>どの検索が失敗したかをここで説明するサーバーもあります。</translation>
    </message>
    <message>
        <source>The user existed once but is permanently gone.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>ユーザーはかつて存在しましたが、恒久的にいなくなりました。</translation>
    </message>
    <message>
        <source>The number looks incomplete rather than nonexistent.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>番号が存在しないのではなく、不完全であるように見えます。</translation>
    </message>
    <message>
        <source>Global version stating the user does not exist anywhere.</source>
        <comment>related 604</comment>
        <extracomment>How 604 differs</extracomment>
        <translation>ユーザーがどこにも存在しないことを示すグローバル版です。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 404 to cause 1, Unallocated number, towards ISUP.</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>RFC 3398 は、ISUP 方向で 404 を cause 1（Unallocated number）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:405</name>
    <message>
        <source>Method Not Allowed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>許可されていないメソッド</translation>
    </message>
    <message>
        <source>The method is understood but not allowed for this Request-URI; the Allow header lists what is.</source>
        <comment>summary</comment>
        <translation>メソッドは理解されていますが、この Request-URI に対しては許可されていません。許可されているメソッドは Allow ヘッダに列挙されています。</translation>
    </message>
    <message>
        <source>405 says the server recognizes the method but does not permit it for the addressed resource. The response must include an Allow header listing the methods that are accepted. That distinguishes it from 501, which means the server does not implement the method at all.</source>
        <comment>description</comment>
        <translation>405 は、サーバーがメソッドを認識しているものの、対象のリソースに対しては許可していないことを示します。応答には、受け付けるメソッドを列挙した Allow ヘッダを含める必要があります。この点が、サーバーがそのメソッドをまったく実装していないことを意味する 501 との違いです。</translation>
    </message>
    <message>
        <source>It shows up when MESSAGE, SUBSCRIBE, PUBLISH, INFO, UPDATE or REFER reach a device or trunk that does not accept them, for example BLF subscriptions sent to a carrier, or REGISTER sent to a trunk that only accepts INVITE. Some platforms also answer OPTIONS keepalives with 405, which still proves the peer is alive.</source>
        <comment>seenWhen</comment>
        <translation>MESSAGE、SUBSCRIBE、PUBLISH、INFO、UPDATE、REFER がそれらを受け付けない端末やトランクに届いた場合に現れます。たとえば、キャリアに送られた BLF のサブスクリプションや、INVITE しか受け付けないトランクに送られた REGISTER などです。OPTIONS キープアライブに 405 で応答するプラットフォームもありますが、その場合でもピアが稼働していることの証明にはなります。</translation>
    </message>
    <message>
        <source>User agents, PBXs, gateways and servers that know the method in general but do not allow it for the specific target or configuration send it.</source>
        <comment>sentBy</comment>
        <translation>メソッド自体は把握しているものの、特定のターゲットや設定に対しては許可していない UA、PBX、ゲートウェイ、サーバーが送信します。</translation>
    </message>
    <message>
        <source>Do not resend the same method; use one that appears in Allow or enable the feature on the peer.</source>
        <comment>retryNote</comment>
        <translation>同じメソッドを再送しないでください。Allow に含まれるメソッドを使用するか、ピア側で機能を有効にしてください。</translation>
    </message>
    <message>
        <source>Read the Allow header and compare it with the method you sent.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Allow ヘッダを読み、送信したメソッドと比較してください。</translation>
    </message>
    <message>
        <source>Enable the feature on the peer, such as SUBSCRIBE for BLF or INFO for DTMF, or switch to a supported alternative such as RFC 4733 telephone-events instead of INFO.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>ピア側で機能（BLF 用の SUBSCRIBE や DTMF 用の INFO など）を有効にするか、INFO の代わりに RFC 4733 の telephone-event を使うなど、サポートされている代替手段に切り替えてください。</translation>
    </message>
    <message>
        <source>If REGISTER is refused, check whether the trunk uses IP authentication and does not expect registration at all.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>REGISTER が拒否される場合は、トランクが IP 認証を使用しており、そもそも登録を想定していないのではないか確認してください。</translation>
    </message>
    <message>
        <source>For OPTIONS health checks, configure the SBC to count any response, including 405, as the peer being up.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>OPTIONS によるヘルスチェックでは、405 を含むどの応答でもピアが稼働中とみなすよう SBC を設定してください。</translation>
    </message>
    <message>
        <source>Mandatory in a 405; lists the methods the resource accepts.</source>
        <comment>header Allow</comment>
        <extracomment>Why to inspect the Allow header</extracomment>
        <translation>405 では必須で、リソースが受け付けるメソッドを列挙します。</translation>
    </message>
    <message>
        <source>The method is not implemented at all, rather than not allowed for this target.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>このターゲットに対して許可されていないのではなく、メソッドがまったく実装されていません。</translation>
    </message>
    <message>
        <source>SUBSCRIBE or PUBLISH is allowed, but the requested event package is not.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>SUBSCRIBE や PUBLISH は許可されていますが、要求されたイベントパッケージが許可されていません。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 405 to cause 63, Service or option not available, towards ISUP.</source>
        <comment>related q850:63</comment>
        <extracomment>How q850:63 differs</extracomment>
        <translation>RFC 3398 は、ISUP 方向で 405 を cause 63（Service or option not available）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:406</name>
    <message>
        <source>Not Acceptable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>受理できません</translation>
    </message>
    <message>
        <source>The server cannot produce a response in any format allowed by the request&apos;s Accept headers.</source>
        <comment>summary</comment>
        <translation>リクエストの Accept ヘッダで許可されたどの形式でも、サーバーは応答を生成できません。</translation>
    </message>
    <message>
        <source>406 means the resource can only generate content whose type, encoding or language is excluded by the Accept, Accept-Encoding or Accept-Language headers of the request. It concerns the body of the response, not the session description, since SDP negotiation failures use 488 or 606. It is uncommon for INVITE and shows up mostly with event and messaging methods.</source>
        <comment>description</comment>
        <translation>406 は、リソースが生成できるコンテンツのタイプ、エンコーディング、言語が、リクエストの Accept、Accept-Encoding、Accept-Language ヘッダによっていずれも除外されていることを意味します。対象はセッション記述ではなく応答のボディです。SDP のネゴシエーション失敗には 488 や 606 が使われます。INVITE ではまれで、主にイベント系やメッセージング系のメソッドで見られます。</translation>
    </message>
    <message>
        <source>A typical case is a SUBSCRIBE whose Accept header lists only a body format the notifier cannot produce, such as an old client asking only for application/xpidf+xml from a server that only generates application/pidf+xml. It can also happen when a client demands an Accept-Language the server cannot honour.</source>
        <comment>seenWhen</comment>
        <translation>典型的な例は、ノーティファイアが生成できないボディ形式のみを Accept ヘッダに列挙した SUBSCRIBE です。たとえば、application/pidf+xml しか生成しないサーバーに対して、古いクライアントが application/xpidf+xml のみを要求する場合です。サーバーが対応できない Accept-Language をクライアントが要求した場合にも発生することがあります。</translation>
    </message>
    <message>
        <source>A UAS or notifier that cannot render its answer in any of the acceptable formats sends it.</source>
        <comment>sentBy</comment>
        <translation>受理可能などの形式でも応答を表現できない UAS やノーティファイアが送信します。</translation>
    </message>
    <message>
        <source>Retry only after widening the Accept headers or choosing a different event package or body format.</source>
        <comment>retryNote</comment>
        <translation>Accept ヘッダの範囲を広げるか、別のイベントパッケージやボディ形式を選んでから再試行してください。</translation>
    </message>
    <message>
        <source>Compare the Accept, Accept-Encoding and Accept-Language headers of the request with what the server can produce.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>リクエストの Accept、Accept-Encoding、Accept-Language ヘッダを、サーバーが生成できるものと比較してください。</translation>
    </message>
    <message>
        <source>Add the body types the server supports to Accept, for example application/pidf+xml for presence.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>サーバーがサポートするボディタイプを Accept に追加してください。たとえば、プレゼンスであれば application/pidf+xml です。</translation>
    </message>
    <message>
        <source>If the mismatch is in an event package, confirm both sides use the same package and body format.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>不一致がイベントパッケージにある場合は、双方が同じパッケージとボディ形式を使用していることを確認してください。</translation>
    </message>
    <message>
        <source>In the request; shows the body types the client said it can handle.</source>
        <comment>header Accept</comment>
        <extracomment>Why to inspect the Accept header</extracomment>
        <translation>リクエスト内のヘッダで、クライアントが扱えると表明したボディタイプを示します。</translation>
    </message>
    <message>
        <source>In the request; an encoding the server cannot produce can also trigger 406.</source>
        <comment>header Accept-Encoding</comment>
        <extracomment>Why to inspect the Accept-Encoding header</extracomment>
        <translation>リクエスト内のヘッダです。サーバーが生成できないエンコーディングも 406 の原因になります。</translation>
    </message>
    <message>
        <source>In the request; a language requirement the server cannot meet can also trigger 406.</source>
        <comment>header Accept-Language</comment>
        <extracomment>Why to inspect the Accept-Language header</extracomment>
        <translation>リクエスト内のヘッダです。サーバーが満たせない言語の要件も 406 の原因になります。</translation>
    </message>
    <message>
        <source>Concerns the format of the request body rather than the response.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>応答ではなく、リクエストのボディの形式に関するものです。</translation>
    </message>
    <message>
        <source>The session description offered in an INVITE is not acceptable.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>INVITE で提示されたセッション記述が受け入れられません。</translation>
    </message>
    <message>
        <source>Global refusal of the session parameters, not of a response format.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>応答形式ではなく、セッションパラメータをグローバルに拒否するものです。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 406 to cause 79, Service or option not implemented, towards ISUP.</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation>RFC 3398 は、ISUP 方向で 406 を cause 79（Service or option not implemented）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:407</name>
    <message>
        <source>Proxy Authentication Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>プロキシ認証が必要</translation>
    </message>
    <message>
        <source>A proxy requires authentication; resend with Proxy-Authorization for the given challenge.</source>
        <comment>summary</comment>
        <translation>プロキシが認証を要求しています。提示されたチャレンジに対する Proxy-Authorization を付けて再送してください。</translation>
    </message>
    <message>
        <source>407 is the proxy counterpart of 401: a proxy in the path wants the originator to authenticate before it forwards the request. It carries a Proxy-Authenticate header with the realm and nonce, and the client resends the request with a matching Proxy-Authorization header. Several proxies may challenge the same request, each with its own realm.</source>
        <comment>description</comment>
        <translation>407 は 401 のプロキシ版で、経路上のプロキシがリクエストを転送する前に発信元の認証を求めるものです。realm と nonce を含む Proxy-Authenticate ヘッダが付与され、クライアントはそれに対応する Proxy-Authorization ヘッダを付けてリクエストを再送します。同じリクエストに対して複数のプロキシが、それぞれ独自の realm でチャレンジすることもあります。</translation>
    </message>
    <message>
        <source>It is typical for outbound INVITEs to a carrier or hosted PBX that authenticates every call: the caller ACKs the 407 and immediately sends a new INVITE with credentials. It becomes a problem when 407s repeat because of wrong credentials or a realm mismatch, or when a device only handles 401 challenges.</source>
        <comment>seenWhen</comment>
        <translation>すべての呼を認証するキャリアやホスティング型 PBX への発信 INVITE で典型的に見られます。発信側は 407 に ACK を返し、直ちに認証情報を付けた新しい INVITE を送信します。問題となるのは、認証情報の誤りや realm の不一致により 407 が繰り返される場合や、端末が 401 のチャレンジしか扱えない場合です。</translation>
    </message>
    <message>
        <source>Authenticating proxies send it: provider edge proxies, outbound proxies and softswitches acting as proxies.</source>
        <comment>sentBy</comment>
        <translation>認証を行うプロキシ、つまりプロバイダーのエッジプロキシ、アウトバウンドプロキシ、プロキシとして動作するソフトスイッチが送信します。</translation>
    </message>
    <message>
        <source>Retry once with Proxy-Authorization built from the challenge. If the same credentials are challenged again without stale=true, stop and fix the credentials instead of looping.</source>
        <comment>retryNote</comment>
        <translation>チャレンジから作成した Proxy-Authorization を付けて 1 回だけ再試行してください。同じ認証情報が stale=true なしで再びチャレンジされた場合は、繰り返さずに中止し、認証情報を修正してください。</translation>
    </message>
    <message>
        <source>Confirm the client ACKs the 407 and resends the INVITE with Proxy-Authorization, the same Call-ID and From tag, and a higher CSeq.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>クライアントが 407 に ACK を返し、Proxy-Authorization を付け、同じ Call-ID と From タグ、より大きい CSeq で INVITE を再送していることを確認してください。</translation>
    </message>
    <message>
        <source>If a second 407 arrives, check the authentication username, password and realm against the challenge.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>2 回目の 407 が届く場合は、認証ユーザー名、パスワード、realm をチャレンジと照合してください。</translation>
    </message>
    <message>
        <source>Check that stale=true is handled by retrying with the new nonce rather than failing the call.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>stale=true が返された場合に、呼を失敗させるのではなく新しい nonce で再試行するよう処理されていることを確認してください。</translation>
    </message>
    <message>
        <source>On SIP trunks, confirm whether the provider expects digest or IP authentication, since mixing them produces challenges the PBX cannot answer.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>SIP トランクでは、プロバイダーが Digest 認証と IP 認証のどちらを想定しているかを確認してください。両者が混在すると、PBX が応答できないチャレンジが発生します。</translation>
    </message>
    <message>
        <source>Carries the proxy&apos;s Digest challenge: realm, nonce, algorithm, qop and possibly stale=true.</source>
        <comment>header Proxy-Authenticate</comment>
        <extracomment>Why to inspect the Proxy-Authenticate header</extracomment>
        <translation>プロキシの Digest チャレンジ（realm、nonce、algorithm、qop、場合によっては stale=true）を含みます。</translation>
    </message>
    <message>
        <source>The header the client must add to the retried request, computed from the challenge.</source>
        <comment>header Proxy-Authorization</comment>
        <extracomment>Why to inspect the Proxy-Authorization header</extracomment>
        <translation>チャレンジから計算し、クライアントが再試行するリクエストに付与しなければならないヘッダです。</translation>
    </message>
    <message>
        <source>Same mechanism, but the challenge comes from the UAS or registrar.</source>
        <comment>related 401</comment>
        <extracomment>How 401 differs</extracomment>
        <translation>同じ仕組みですが、チャレンジは UAS またはレジストラから送られます。</translation>
    </message>
    <message>
        <source>Refusal that credentials cannot fix.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>認証情報では解決できない拒否です。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 407 to cause 21, Call rejected, towards ISUP.</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>RFC 3398 は、ISUP 方向で 407 を cause 21（Call rejected）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:408</name>
    <message>
        <source>Request Timeout</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>リクエストタイムアウト</translation>
    </message>
    <message>
        <source>No final response arrived in time; often generated locally when Timer B or Timer F expires.</source>
        <comment>summary</comment>
        <translation>最終応答が時間内に届きませんでした。Timer B や Timer F の満了時にローカルで生成されることがよくあります。</translation>
    </message>
    <message>
        <source>408 means the request could not be completed within the available time. A server may send it when, for example, it could not locate the user quickly enough, but most 408s in traces are synthetic: the client transaction reports a timeout as 408 when Timer B (INVITE) or Timer F (non-INVITE) fires, by default after 64*T1, about 32 seconds. Proxies also return it upstream when their own Timer C or no-answer timer gives up on a branch.</source>
        <comment>description</comment>
        <translation>408 は、利用可能な時間内にリクエストを完了できなかったことを意味します。たとえばユーザーの位置を十分早く特定できなかった場合にサーバーが送信することもありますが、トレースに現れる 408 のほとんどは擬似的なものです。クライアントトランザクションは、Timer B（INVITE）または Timer F（INVITE 以外）が満了すると（デフォルトでは 64*T1、約 32 秒後）、タイムアウトを 408 として報告します。プロキシも、自身の Timer C や無応答タイマーによってブランチを打ち切った場合に、上流へ 408 を返します。</translation>
    </message>
    <message>
        <source>It points to an unreachable next hop: a wrong IP or port, a firewall or ACL silently dropping UDP, a dead DNS SRV target, or an expired NAT binding towards a registered phone. Calls that ring too long through a proxy with a short no-answer timer, such as Kamailio&apos;s fr_inv_timer, also end in 408. For REGISTER and OPTIONS it usually means the server never answered.</source>
        <comment>seenWhen</comment>
        <translation>次ホップに到達できないことを示しています。原因としては、IP やポートの誤り、UDP を黙って破棄するファイアウォールや ACL、応答しない DNS SRV ターゲット、登録済み電話機に向かう NAT バインディングの期限切れなどがあります。Kamailio の fr_inv_timer のように無応答タイマーが短いプロキシを経由して長く鳴り続けた呼も、408 で終了します。REGISTER や OPTIONS の場合は、通常サーバーがまったく応答しなかったことを意味します。</translation>
    </message>
    <message>
        <source>Mostly the client transaction itself when Timer B or Timer F expires; also proxies and B2BUAs that stop waiting on a downstream branch, and occasionally a UAS that could not finish its lookup in time.</source>
        <comment>sentBy</comment>
        <translation>ほとんどの場合は、Timer B や Timer F が満了したクライアントトランザクション自身です。下流のブランチの待機を打ち切るプロキシや B2BUA も送信し、検索を時間内に完了できなかった UAS がまれに送信することもあります。</translation>
    </message>
    <message>
        <source>The same request may be repeated later, but after a transport timeout a UAC or proxy should first fail over to the next DNS SRV target or route. Do not keep hammering a dead next hop.</source>
        <comment>retryNote</comment>
        <translation>同じリクエストを後で繰り返してもかまいませんが、トランスポートのタイムアウト後は、UAC やプロキシはまず次の DNS SRV ターゲットやルートにフェイルオーバーする必要があります。応答しない次ホップに送り続けないでください。</translation>
    </message>
    <message>
        <source>Determine whether the 408 came over the wire or was generated locally; if no matching response packet exists in the capture, the caller&apos;s own timer fired.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>408 が回線上で届いたのか、ローカルで生成されたのかを判断してください。キャプチャに対応する応答パケットがなければ、発信側自身のタイマーが満了しています。</translation>
    </message>
    <message>
        <source>For local timeouts, check the path to the next hop: routing, firewall and ACLs, NAT bindings, transport (UDP, TCP or TLS) and the DNS SRV results.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>ローカルのタイムアウトの場合は、次ホップへの経路（ルーティング、ファイアウォールと ACL、NAT バインディング、トランスポート（UDP、TCP、TLS）、DNS SRV の結果）を確認してください。</translation>
    </message>
    <message>
        <source>If a proxy sent it after ringing, review its no-answer timers and whether the callee ever sent a final response.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>呼び出し後にプロキシが送信した場合は、その無応答タイマーと、着信側が最終応答を送信したかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Look for large UDP messages being fragmented and dropped, which make only some requests time out.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>サイズの大きい UDP メッセージがフラグメント化されて破棄されていないか確認してください。この場合、一部のリクエストだけがタイムアウトします。</translation>
    </message>
    <message>
        <source>Identifies the element that built a 408 received over the wire; a locally generated 408 usually never appears in a packet capture.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation>回線上で受信した 408 を生成した要素を示します。ローカルで生成された 408 は通常パケットキャプチャには現れません。</translation>
    </message>
    <message>
        <source>A server reports that it timed out waiting on another server.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation>サーバーが、別のサーバーの応答待ちでタイムアウトしたことを通知します。</translation>
    </message>
    <message>
        <source>The callee was found but is not available, rather than nothing answering in time.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>時間内に何も応答しなかったのではなく、着信側は見つかったものの応答できない状態です。</translation>
    </message>
    <message>
        <source>What RFC 3261 tells a client to assume after a transport error rather than a timeout.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>RFC 3261 が、タイムアウトではなくトランスポートエラーの後にクライアントが想定すべきとしている応答です。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 408 to cause 102, Recovery on timer expiry, towards ISUP.</source>
        <comment>related q850:102</comment>
        <extracomment>How q850:102 differs</extracomment>
        <translation>RFC 3398 は、ISUP 方向で 408 を cause 102（Recovery on timer expiry）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:410</name>
    <message>
        <source>Gone</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>消滅</translation>
    </message>
    <message>
        <source>The user used to exist here but is permanently gone and no forwarding address is known.</source>
        <comment>summary</comment>
        <translation>ユーザーはかつてここに存在しましたが、恒久的にいなくなっており、転送先アドレスも不明です。</translation>
    </message>
    <message>
        <source>410 says the requested resource existed at this server in the past but is no longer available, and the server has no new address for it. Unlike 404 it confirms that the address was once valid, and unlike 301 it gives the caller nowhere to go. If the server cannot tell whether the condition is permanent, 404 is the correct code.</source>
        <comment>description</comment>
        <translation>410 は、要求されたリソースが過去にはこのサーバーに存在したもののもう利用できず、サーバーが新しいアドレスを把握していないことを示します。404 と異なり、アドレスがかつて有効だったことを明示し、301 と異なり、発信側に移動先を示しません。状態が恒久的かどうかをサーバーが判断できない場合は、404 が正しいコードです。</translation>
    </message>
    <message>
        <source>It is seen on calls to disconnected or ported-out numbers on carrier networks and to users deleted from a hosted platform. PSTN gateways map ISUP cause 22, Number changed, to 410.</source>
        <comment>seenWhen</comment>
        <translation>キャリアネットワーク上の解約済み番号や他社へポートアウトされた番号への呼、およびホスティング型プラットフォームから削除されたユーザーへの呼で見られます。PSTN ゲートウェイは ISUP の cause 22（Number changed）を 410 にマッピングします。</translation>
    </message>
    <message>
        <source>Carrier switches, gateways and hosted platforms that know a number or account was disconnected send it.</source>
        <comment>sentBy</comment>
        <translation>番号やアカウントが解約されたことを把握しているキャリアの交換機、ゲートウェイ、ホスティング型プラットフォームが送信します。</translation>
    </message>
    <message>
        <source>Do not retry this address, because it is permanently invalid at this server. An LCR router may try another carrier only if the portability data might be out of date.</source>
        <comment>retryNote</comment>
        <translation>このアドレスはこのサーバーでは恒久的に無効であるため、再試行しないでください。LCR ルーターが別のキャリアを試すのは、番号ポータビリティのデータが古い可能性がある場合に限られます。</translation>
    </message>
    <message>
        <source>Verify the destination number or SIP address with the called party or a directory, since it is no longer in service at this provider.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>このプロバイダーではもう使用されていないため、宛先番号または SIP アドレスを着信側やディレクトリで確認してください。</translation>
    </message>
    <message>
        <source>If the number was ported, check number portability data so calls route to the new carrier.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>番号がポーティングされた場合は、呼が新しいキャリアへルーティングされるよう番号ポータビリティのデータを確認してください。</translation>
    </message>
    <message>
        <source>Remove the stale entry from address books, speed dials and routing tables.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>アドレス帳、短縮ダイヤル、ルーティングテーブルから古いエントリを削除してください。</translation>
    </message>
    <message>
        <source>The user is unknown, with no statement that it ever existed.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>ユーザーは不明であり、かつて存在したかどうかについては何も示しません。</translation>
    </message>
    <message>
        <source>The user moved and the new address is given in Contact.</source>
        <comment>related 301</comment>
        <extracomment>How 301 differs</extracomment>
        <translation>ユーザーは移動しており、新しいアドレスが Contact で示されています。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 410 to cause 22, Number changed, towards ISUP.</source>
        <comment>related q850:22</comment>
        <extracomment>How q850:22 differs</extracomment>
        <translation>RFC 3398 は、ISUP 方向で 410 を cause 22（Number changed）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:411</name>
    <message>
        <source>Length Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>長さが必要</translation>
    </message>
    <message>
        <source>Obsolete RFC 2543 code: the server refused a request that had no defined Content-Length.</source>
        <comment>summary</comment>
        <translation>廃止された RFC 2543 のコードです。Content-Length が定義されていないリクエストをサーバーが拒否しました。</translation>
    </message>
    <message>
        <source>Under RFC 2543 a server could answer 411 when it would not accept a request without a Content-Length header. RFC 3261 dropped the code, made Content-Length mandatory on stream transports such as TCP and TLS, and treats a request with broken framing as malformed instead. A current stack should never send 411.</source>
        <comment>description</comment>
        <translation>RFC 2543 では、Content-Length ヘッダのないリクエストを受け付けない場合にサーバーが 411 で応答できました。RFC 3261 はこのコードを削除し、TCP や TLS などのストリーム型トランスポートでは Content-Length を必須とし、フレーミングの壊れたリクエストは不正な形式として扱うこととしました。現在のスタックが 411 を送信することはありません。</translation>
    </message>
    <message>
        <source>It can only come from very old RFC 2543 era equipment, such as early IP phones and gateways still in service. A current server facing the same problem typically answers 400 Bad Request instead.</source>
        <comment>seenWhen</comment>
        <translation>今も稼働している初期の IP 電話機やゲートウェイなど、RFC 2543 時代の非常に古い機器からしか送られません。現在のサーバーが同じ問題に直面した場合は、通常 400 Bad Request で応答します。</translation>
    </message>
    <message>
        <source>Legacy RFC 2543 servers and user agents that insisted on an explicit body length sent it.</source>
        <comment>sentBy</comment>
        <translation>明示的なボディ長を要求していた旧来の RFC 2543 サーバーや UA が送信していました。</translation>
    </message>
    <message>
        <source>Resend the request with a valid Content-Length. A modern client that does not know 411 treats it like 400, as it does for any unknown 4xx code.</source>
        <comment>retryNote</comment>
        <translation>有効な Content-Length を付けてリクエストを再送してください。411 を知らない最新のクライアントは、未知の 4xx コードと同様に 400 として扱います。</translation>
    </message>
    <message>
        <source>Defined by RFC 2543 and dropped by RFC 3261, which does not list it, so it is absent from the IANA SIP response code registry.</source>
        <comment>statusNote</comment>
        <translation>RFC 2543 で定義され、RFC 3261 で削除されました（RFC 3261 には記載されていません）。そのため IANA の SIP 応答コードレジストリには登録されていません。</translation>
    </message>
    <message>
        <source>Add a correct Content-Length header to every request, including Content-Length: 0 when there is no body.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>ボディがない場合の Content-Length: 0 も含め、すべてのリクエストに正しい Content-Length ヘッダを付与してください。</translation>
    </message>
    <message>
        <source>Make sure the value still matches the body size in bytes after an SBC or ALG rewrites the SDP.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>SBC や ALG が SDP を書き換えた後も、値がボディのバイト数と一致していることを確認してください。</translation>
    </message>
    <message>
        <source>Plan to replace the legacy device that sends 411, since current peers do not know the code.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>現在のピアはこのコードを知らないため、411 を送信する旧来の機器の置き換えを計画してください。</translation>
    </message>
    <message>
        <source>Missing or wrong in the request that was refused.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation>拒否されたリクエストで、欠落しているか誤っています。</translation>
    </message>
    <message>
        <source>The modern response to a request with broken framing or a bad Content-Length.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>フレーミングが壊れているか Content-Length が不正なリクエストに対する、現在の応答です。</translation>
    </message>
    <message>
        <source>The body is present and delimited, but too large.</source>
        <comment>related 413</comment>
        <extracomment>How 413 differs</extracomment>
        <translation>ボディは存在し区切られていますが、大きすぎます。</translation>
    </message>
</context>
<context>
    <name>sip:412</name>
    <message>
        <source>Conditional Request Failed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>条件付きリクエスト失敗</translation>
    </message>
    <message>
        <source>A PUBLISH refresh carried a SIP-If-Match entity-tag the server no longer knows.</source>
        <comment>summary</comment>
        <translation>PUBLISH の更新に、サーバーがもう把握していない SIP-If-Match のエンティティタグが含まれていました。</translation>
    </message>
    <message>
        <source>412 is returned by an event state compositor when the entity-tag in the SIP-If-Match header of a PUBLISH does not match any publication it holds. The publication the tag referred to has expired, been removed, or was never stored. The publisher must discard the tag and start over with an initial PUBLISH that carries full state and no SIP-If-Match.</source>
        <comment>description</comment>
        <translation>412 は、PUBLISH の SIP-If-Match ヘッダのエンティティタグが保持しているどのパブリケーションとも一致しない場合に、イベント状態コンポジタ（ESC）が返します。タグが参照していたパブリケーションは、期限切れになったか、削除されたか、そもそも保存されていませんでした。パブリッシャーはタグを破棄し、完全な状態を含み SIP-If-Match のない初回 PUBLISH からやり直す必要があります。</translation>
    </message>
    <message>
        <source>It appears with presence and dialog-state publishing from softphones and mobile clients after a presence server restart, a failover to a node without replicated state, or a refresh that arrived after the publication had already expired, for example after the client was asleep. A loop of PUBLISH followed by 412 points to a client that keeps reusing the stale tag.</source>
        <comment>seenWhen</comment>
        <translation>ソフトフォンやモバイルクライアントからのプレゼンスやダイアログ状態のパブリッシュで、プレゼンスサーバーの再起動後、状態が複製されていないノードへのフェイルオーバー後、またはパブリケーションが既に期限切れになった後に更新が届いた場合（たとえばクライアントがスリープしていた後）に現れます。PUBLISH と 412 のループは、クライアントが古いタグを使い回し続けていることを示します。</translation>
    </message>
    <message>
        <source>An event state compositor sends it, usually a presence server or the presence module of a SIP server processing PUBLISH.</source>
        <comment>sentBy</comment>
        <translation>イベント状態コンポジタが送信します。通常はプレゼンスサーバー、または PUBLISH を処理する SIP サーバーのプレゼンスモジュールです。</translation>
    </message>
    <message>
        <source>Do not repeat the conditional PUBLISH. Send a fresh initial PUBLISH without SIP-If-Match, then use the new SIP-ETag for later refreshes.</source>
        <comment>retryNote</comment>
        <translation>条件付き PUBLISH を繰り返さないでください。SIP-If-Match なしで新たに初回 PUBLISH を送信し、以降の更新には新しい SIP-ETag を使用してください。</translation>
    </message>
    <message>
        <source>Make the client drop the stored entity-tag and send an initial PUBLISH with a full body and no SIP-If-Match.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>クライアントに保存済みのエンティティタグを破棄させ、完全なボディを含み SIP-If-Match のない初回 PUBLISH を送信させてください。</translation>
    </message>
    <message>
        <source>Check the publication Expires values and refresh timing so refreshes arrive before the publication lapses.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>パブリケーションが失効する前に更新が届くよう、パブリケーションの Expires の値と更新タイミングを確認してください。</translation>
    </message>
    <message>
        <source>On clustered presence servers, confirm publication state is shared, or that clients stay on the node holding their publication.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>クラスタ構成のプレゼンスサーバーでは、パブリケーションの状態が共有されていること、またはクライアントが自身のパブリケーションを保持するノードにとどまることを確認してください。</translation>
    </message>
    <message>
        <source>In the PUBLISH; the entity-tag the server failed to match.</source>
        <comment>header SIP-If-Match</comment>
        <extracomment>Why to inspect the SIP-If-Match header</extracomment>
        <translation>PUBLISH 内のヘッダで、サーバーが照合できなかったエンティティタグです。</translation>
    </message>
    <message>
        <source>Returned in the 2xx to a successful PUBLISH; the value to use in the next refresh.</source>
        <comment>header SIP-ETag</comment>
        <extracomment>Why to inspect the SIP-ETag header</extracomment>
        <translation>成功した PUBLISH への 2xx で返され、次回の更新で使用する値です。</translation>
    </message>
    <message>
        <source>Sets how long a publication lives before its entity-tag becomes invalid.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>エンティティタグが無効になるまでのパブリケーションの有効期間を設定します。</translation>
    </message>
    <message>
        <source>Entity-tag based suppression on the SUBSCRIBE side rather than a PUBLISH failure.</source>
        <comment>related 204</comment>
        <extracomment>How 204 differs</extracomment>
        <translation>PUBLISH の失敗ではなく、SUBSCRIBE 側でのエンティティタグに基づく抑止です。</translation>
    </message>
    <message>
        <source>The requested publication Expires is shorter than the server accepts.</source>
        <comment>related 423</comment>
        <extracomment>How 423 differs</extracomment>
        <translation>要求されたパブリケーションの Expires が、サーバーが受け付ける値より短すぎます。</translation>
    </message>
    <message>
        <source>The event package named in the PUBLISH is not supported at all.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>PUBLISH で指定されたイベントパッケージがまったくサポートされていません。</translation>
    </message>
</context>
<context>
    <name>sip:413</name>
    <message>
        <source>Request Entity Too Large</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>リクエストエンティティが大きすぎます</translation>
    </message>
    <message>
        <source>The request body is larger than the server is willing or able to process.</source>
        <comment>summary</comment>
        <translation>リクエストのボディが、サーバーが処理する意思または能力のあるサイズを超えています。</translation>
    </message>
    <message>
        <source>413 says the message body is too big for the server. The server may close the connection to stop the client from sending more. If the limit is temporary, the response can include Retry-After to say when the client may try again.</source>
        <comment>description</comment>
        <translation>413 は、メッセージボディがサーバーにとって大きすぎることを示します。サーバーは、クライアントがそれ以上送信しないよう接続を閉じることがあります。制限が一時的なものであれば、応答に Retry-After を含めて、クライアントがいつ再試行できるかを示すことができます。</translation>
    </message>
    <message>
        <source>It is seen with INVITEs carrying very large SDP, for example video endpoints offering many codecs, ICE candidates and crypto lines, or multipart bodies combining SDP with ISUP or location objects. MESSAGE requests carrying files or long texts and SUBSCRIBE or NOTIFY requests with large resource lists can trigger it too.</source>
        <comment>seenWhen</comment>
        <translation>非常に大きな SDP を含む INVITE で見られます。たとえば、多数のコーデック、ICE 候補、crypto 行を提示するビデオ端末や、SDP と ISUP やロケーションオブジェクトを組み合わせたマルチパートボディです。ファイルや長文を含む MESSAGE リクエストや、大きなリソースリストを含む SUBSCRIBE や NOTIFY リクエストも原因になります。</translation>
    </message>
    <message>
        <source>Servers, SBCs and gateways with a body size limit send it, including PSTN gateways with small fixed buffers.</source>
        <comment>sentBy</comment>
        <translation>ボディサイズの上限を持つサーバー、SBC、ゲートウェイが送信します。固定の小さなバッファを持つ PSTN ゲートウェイも含まれます。</translation>
    </message>
    <message>
        <source>Resend with a smaller body. Repeat the same request unchanged only if Retry-After is present, and only after that delay.</source>
        <comment>retryNote</comment>
        <translation>ボディを小さくして再送してください。同じリクエストを変更せずに繰り返してよいのは、Retry-After がある場合のみで、その時間が経過した後に限ります。</translation>
    </message>
    <message>
        <source>Check the body size against the receiver&apos;s configured maximum message or body size.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>ボディのサイズを、受信側で設定されているメッセージまたはボディの最大サイズと照合してください。</translation>
    </message>
    <message>
        <source>Trim the SDP by removing unused codecs, redundant ICE candidates or extra media lines, or have the SBC strip unneeded multipart parts.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>未使用のコーデック、冗長な ICE 候補、余分なメディア行を削除して SDP を小さくするか、不要なマルチパート部分を SBC で除去してください。</translation>
    </message>
    <message>
        <source>For large payloads such as files, send a reference or use a separate transfer method such as MSRP or HTTP instead of the SIP body.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ファイルなどの大きなペイロードは、SIP ボディではなく参照を送るか、MSRP や HTTP などの別の転送手段を使用してください。</translation>
    </message>
    <message>
        <source>If Retry-After is present, wait that long before resending.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Retry-After がある場合は、その時間だけ待ってから再送してください。</translation>
    </message>
    <message>
        <source>Present when the condition is temporary; says how many seconds to wait before trying again.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>状態が一時的な場合に付与され、再試行までに待つ秒数を示します。</translation>
    </message>
    <message>
        <source>In the request; shows how large the rejected body was.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation>リクエスト内のヘッダで、拒否されたボディのサイズを示します。</translation>
    </message>
    <message>
        <source>The whole message, not just the body, exceeds what the server accepts.</source>
        <comment>related 513</comment>
        <extracomment>How 513 differs</extracomment>
        <translation>ボディだけでなく、メッセージ全体がサーバーの受け付けるサイズを超えています。</translation>
    </message>
    <message>
        <source>The Request-URI, rather than the body, is too long.</source>
        <comment>related 414</comment>
        <extracomment>How 414 differs</extracomment>
        <translation>ボディではなく、Request-URI が長すぎます。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 413 to cause 127, Interworking unspecified, towards ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>RFC 3398 は、ISUP 方向で 413 を cause 127（Interworking unspecified）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:414</name>
    <message>
        <source>Request-URI Too Long</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Request-URI が長すぎます</translation>
    </message>
    <message>
        <source>The Request-URI is longer than the server is willing to interpret.</source>
        <comment>summary</comment>
        <translation>Request-URI が、サーバーが解釈できる長さを超えています。</translation>
    </message>
    <message>
        <source>414 means the server refuses to process the request because its Request-URI is too long. The limit is implementation specific and usually covers the whole URI, including parameters and any headers embedded after a question mark.</source>
        <comment>description</comment>
        <translation>414 は、Request-URI が長すぎるためにサーバーがリクエストの処理を拒否することを意味します。上限は実装依存で、通常はパラメータや疑問符の後に埋め込まれたヘッダを含む URI 全体が対象になります。</translation>
    </message>
    <message>
        <source>It appears when Request-URIs collect parameters as they pass through several proxies or application servers, for example routing tags, long tokens or push notification parameters added for mobile clients. Click-to-dial and web integrations that embed headers in the URI can also produce it.</source>
        <comment>seenWhen</comment>
        <translation>Request-URI が複数のプロキシやアプリケーションサーバーを通過する間にパラメータが蓄積した場合に現れます。たとえば、ルーティング用のタグ、長いトークン、モバイルクライアント向けに付加されるプッシュ通知パラメータなどです。URI にヘッダを埋め込むクリックツーダイヤルや Web 連携でも発生することがあります。</translation>
    </message>
    <message>
        <source>Any server, proxy or gateway whose parser enforces a maximum Request-URI size can send it.</source>
        <comment>sentBy</comment>
        <translation>パーサーが Request-URI の最大サイズを強制するサーバー、プロキシ、ゲートウェイであれば、どれでも送信できます。</translation>
    </message>
    <message>
        <source>Resend only with a shorter Request-URI, because the same request will keep failing.</source>
        <comment>retryNote</comment>
        <translation>同じリクエストは失敗し続けるため、Request-URI を短くした場合に限り再送してください。</translation>
    </message>
    <message>
        <source>Measure the Request-URI length in the trace and compare it with the receiver&apos;s limit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>トレースで Request-URI の長さを測り、受信側の上限と比較してください。</translation>
    </message>
    <message>
        <source>Remove unnecessary URI parameters or embedded headers, or carry that data in proper header fields instead.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>不要な URI パラメータや埋め込みヘッダを削除するか、そのデータを適切なヘッダフィールドで運ぶようにしてください。</translation>
    </message>
    <message>
        <source>Check for loops or misbehaving proxies that append parameters at every hop.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ホップごとにパラメータを付加するループや、誤動作しているプロキシがないか確認してください。</translation>
    </message>
    <message>
        <source>The body, rather than the Request-URI, is too large.</source>
        <comment>related 413</comment>
        <extracomment>How 413 differs</extracomment>
        <translation>Request-URI ではなく、ボディが大きすぎます。</translation>
    </message>
    <message>
        <source>Generic syntax failure, which some servers return for overlong URIs instead.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>汎用的な構文エラーで、長すぎる URI に対して代わりにこれを返すサーバーもあります。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 414 to cause 127, Interworking unspecified, towards ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>RFC 3398 は、ISUP 方向で 414 を cause 127（Interworking unspecified）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:415</name>
    <message>
        <source>Unsupported Media Type</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>サポートされていないメディアタイプ</translation>
    </message>
    <message>
        <source>The request body&apos;s format, encoding or language is not supported for this method.</source>
        <comment>summary</comment>
        <translation>リクエストボディの形式、エンコーディング、言語が、このメソッドではサポートされていません。</translation>
    </message>
    <message>
        <source>415 says the server cannot handle the body of the request because of its content type, content encoding or language. The response lists what is acceptable in Accept, Accept-Encoding or Accept-Language, depending on which aspect failed. It concerns the request body, unlike 406, which concerns the body of the response.</source>
        <comment>description</comment>
        <translation>415 は、コンテンツタイプ、コンテンツエンコーディング、または言語が原因で、サーバーがリクエストのボディを扱えないことを示します。応答では、どの点で失敗したかに応じて、受け付け可能なものが Accept、Accept-Encoding、Accept-Language に列挙されます。応答のボディに関する 406 と異なり、リクエストのボディに関するものです。</translation>
    </message>
    <message>
        <source>Typical cases are INVITEs with multipart/mixed bodies (SDP plus ISUP or a location object) sent to devices that accept only application/sdp, and INFO requests using application/dtmf-relay towards a device that expects application/dtmf, or the reverse. It also appears for MESSAGE bodies in types such as text/html that the client cannot render, and for compressed bodies sent to peers without compression support.</source>
        <comment>seenWhen</comment>
        <translation>典型的な例は、application/sdp しか受け付けない端末に multipart/mixed ボディ（SDP と ISUP またはロケーションオブジェクト）を含む INVITE を送った場合や、application/dtmf を想定する端末に application/dtmf-relay を使った INFO リクエストを送った場合（またはその逆）です。クライアントが表示できない text/html などのタイプの MESSAGE ボディや、圧縮をサポートしないピアに送られた圧縮ボディでも発生します。</translation>
    </message>
    <message>
        <source>User agents, gateways and B2BUAs that parse the body and do not support its type or encoding send it.</source>
        <comment>sentBy</comment>
        <translation>ボディを解析し、そのタイプやエンコーディングをサポートしていない UA、ゲートウェイ、B2BUA が送信します。</translation>
    </message>
    <message>
        <source>Retry with a body in one of the formats listed in Accept, or without the unsupported encoding.</source>
        <comment>retryNote</comment>
        <translation>Accept に列挙された形式のいずれかのボディで、またはサポートされていないエンコーディングを外して再試行してください。</translation>
    </message>
    <message>
        <source>Read Accept, Accept-Encoding and Accept-Language in the 415 to see what the server will take.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>415 の Accept、Accept-Encoding、Accept-Language を読み、サーバーが何を受け付けるかを確認してください。</translation>
    </message>
    <message>
        <source>Change the body type on the sender, or have the SBC strip unsupported multipart parts and keep only application/sdp.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>送信側でボディタイプを変更するか、SBC でサポートされていないマルチパート部分を除去して application/sdp のみを残してください。</translation>
    </message>
    <message>
        <source>For DTMF over INFO, align the body format on both sides or switch to RFC 4733 telephone-events.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>INFO による DTMF の場合は、双方でボディ形式を合わせるか、RFC 4733 の telephone-event に切り替えてください。</translation>
    </message>
    <message>
        <source>Remove Content-Encoding if the peer cannot decompress the body.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>ピアがボディを展開できない場合は、Content-Encoding を外してください。</translation>
    </message>
    <message>
        <source>Lists the body types the server accepts for this method.</source>
        <comment>header Accept</comment>
        <extracomment>Why to inspect the Accept header</extracomment>
        <translation>このメソッドでサーバーが受け付けるボディタイプを列挙します。</translation>
    </message>
    <message>
        <source>Present when the content encoding was the problem; lists encodings the server understands.</source>
        <comment>header Accept-Encoding</comment>
        <extracomment>Why to inspect the Accept-Encoding header</extracomment>
        <translation>コンテンツエンコーディングが問題だった場合に付与され、サーバーが理解できるエンコーディングを列挙します。</translation>
    </message>
    <message>
        <source>Present when the language was the problem; lists languages the server accepts.</source>
        <comment>header Accept-Language</comment>
        <extracomment>Why to inspect the Accept-Language header</extracomment>
        <translation>言語が問題だった場合に付与され、サーバーが受け付ける言語を列挙します。</translation>
    </message>
    <message>
        <source>In the request; the body type that was refused.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>リクエスト内のヘッダで、拒否されたボディタイプを示します。</translation>
    </message>
    <message>
        <source>The problem is the format of the response, not of the request body.</source>
        <comment>related 406</comment>
        <extracomment>How 406 differs</extracomment>
        <translation>問題はリクエストボディではなく、応答の形式にあります。</translation>
    </message>
    <message>
        <source>The body type is fine, but the session description inside it cannot be accepted.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>ボディタイプには問題がありませんが、その中のセッション記述を受け入れられません。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 415 to cause 79, Service or option not implemented, towards ISUP.</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation>RFC 3398 は、ISUP 方向で 415 を cause 79（Service or option not implemented）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:416</name>
    <message>
        <source>Unsupported URI Scheme</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>サポートされていない URI スキーム</translation>
    </message>
    <message>
        <source>The scheme of the Request-URI (tel:, im:, http: and so on) is one this server cannot handle.</source>
        <comment>summary</comment>
        <translation>Request-URI のスキーム（tel:、im:、http: など）が、このサーバーでは扱えないものです。</translation>
    </message>
    <message>
        <source>The receiving element looked at the scheme in front of the colon in the Request-URI and does not support it. Every SIP element has to understand sip: URIs, but support for tel:, urn:, im:, pres: or anything more exotic is optional. The URI is not malformed as such; it simply names a kind of address this server will not process.</source>
        <comment>description</comment>
        <translation>受信した要素が Request-URI のコロンの前にあるスキームを確認したところ、サポートしていないものでした。すべての SIP 要素は sip: URI を理解する必要がありますが、tel:、urn:、im:、pres: や、より特殊なスキームのサポートは任意です。URI 自体の形式が不正なわけではなく、このサーバーが処理しない種類のアドレスを示しているだけです。</translation>
    </message>
    <message>
        <source>A softphone or dialer sends INVITE tel:+15551234567 straight to a proxy or SBC that only routes sip: URIs. A click-to-dial, CRM or paging integration builds the Request-URI from a template and ends up with callto:, http: or a bare number with a stray prefix that parses as a scheme. It also shows up when an application server passes through a URN or IM URI that the next hop was never configured for.</source>
        <comment>seenWhen</comment>
        <translation>ソフトフォンやダイヤラーが、sip: URI しかルーティングしないプロキシや SBC に INVITE tel:+15551234567 を直接送る場合です。クリックツーダイヤル、CRM、ページングの連携機能がテンプレートから Request-URI を組み立てた結果、callto: や http:、あるいは余計なプレフィックスが付いてスキームとして解析されてしまう番号になることもあります。アプリケーションサーバーが、次ホップで設定されていない URN や IM URI をそのまま通過させた場合にも現れます。</translation>
    </message>
    <message>
        <source>Any UAS or proxy that parses the Request-URI and finds a scheme it has no handler for; SBCs and hosted PBXs that only accept sip: are the usual source.</source>
        <comment>sentBy</comment>
        <translation>Request-URI を解析し、処理手段を持たないスキームを見つけた UAS やプロキシであれば送信します。sip: しか受け付けない SBC やホスティング型 PBX が通常の発生元です。</translation>
    </message>
    <message>
        <source>Sending the same URI again to the same server will fail the same way. Retry only after rewriting the Request-URI into a scheme the server supports, or route the request to an element that handles that scheme.</source>
        <comment>retryNote</comment>
        <translation>同じ URI を同じサーバーに再送しても同じように失敗します。Request-URI をサーバーがサポートするスキームに書き換えるか、そのスキームを扱える要素にリクエストをルーティングしたうえで再試行してください。</translation>
    </message>
    <message>
        <source>Read the Request-URI of the rejected request and note the scheme before the colon.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>拒否されたリクエストの Request-URI を読み、コロンの前のスキームを確認してください。</translation>
    </message>
    <message>
        <source>Normalise tel: numbers on the sending side into sip:+number@domain;user=phone if the next hop only takes SIP URIs.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>次ホップが SIP URI しか受け付けない場合は、送信側で tel: の番号を sip:+number@domain;user=phone の形式に正規化してください。</translation>
    </message>
    <message>
        <source>Fix the template or dial plan in the application that builds the URI.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>URI を組み立てるアプリケーションのテンプレートやダイヤルプランを修正してください。</translation>
    </message>
    <message>
        <source>If the receiver should accept tel: or other schemes, enable that URI handling on the proxy or SBC.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>受信側で tel: などのスキームを受け付けるべき場合は、プロキシや SBC でその URI の処理を有効にしてください。</translation>
    </message>
    <message>
        <source>A 400 means the request could not be parsed at all; 416 means it parsed fine but the URI scheme is not supported.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>400 はリクエストをまったく解析できなかったことを、416 は解析には成功したものの URI スキームがサポートされていないことを意味します。</translation>
    </message>
    <message>
        <source>A 404 says the address is valid but no such user exists; 416 never gets as far as looking the user up.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>404 はアドレスは有効だが該当するユーザーが存在しないことを示します。416 ではユーザーの検索まで進みません。</translation>
    </message>
    <message>
        <source>RFC 3398 gateways map 416 to cause 127, interworking unspecified, when it has to cross into ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>ISUP へ渡す必要がある場合、RFC 3398 準拠のゲートウェイは 416 を cause 127（Interworking unspecified）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:417</name>
    <message>
        <source>Unknown Resource-Priority</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>不明な Resource-Priority</translation>
    </message>
    <message>
        <source>Resource priority was required, but the Resource-Priority namespace or value is not one this element knows.</source>
        <comment>summary</comment>
        <translation>リソース優先度が要求されましたが、Resource-Priority の名前空間または値がこの要素の知らないものです。</translation>
    </message>
    <message>
        <source>The request carried Require: resource-priority, so the recipient had to act on the Resource-Priority header, yet it did not recognise the namespace or the priority value given. Resource priority is used for preferential treatment of emergency and government calls (namespaces such as ets, wps, dsn, drsn or q735). The response lists what the element does understand in an Accept-Resource-Priority header.</source>
        <comment>description</comment>
        <translation>リクエストに Require: resource-priority が含まれていたため受信側は Resource-Priority ヘッダに基づいて処理する必要がありましたが、指定された名前空間または優先度の値を認識できませんでした。リソース優先度は、緊急通話や政府機関の通話を優先的に扱うために使用されます（ets、wps、dsn、drsn、q735 などの名前空間）。応答では、その要素が理解できるものが Accept-Resource-Priority ヘッダに列挙されます。</translation>
    </message>
    <message>
        <source>Priority calls from GETS/WPS or defence networks cross into a carrier, SBC or gateway that has not been provisioned with the same namespace. Cisco IOS gateways configured for strict resource-priority mode reject unknown namespaces or values this way instead of ignoring them. It also appears after a namespace typo or a priority value outside the range the peer configured.</source>
        <comment>seenWhen</comment>
        <translation>GETS/WPS や防衛ネットワークからの優先呼が、同じ名前空間がプロビジョニングされていないキャリア、SBC、ゲートウェイに渡った場合です。strict の resource-priority モードに設定された Cisco IOS ゲートウェイは、未知の名前空間や値を無視せず、このように拒否します。名前空間の入力ミスや、ピアで設定された範囲外の優先度の値の後にも現れます。</translation>
    </message>
    <message>
        <source>Proxies, SBCs and PSTN gateways that enforce resource priority and were told by the Require header that they must understand it.</source>
        <comment>sentBy</comment>
        <translation>リソース優先度を適用し、Require ヘッダによってそれを理解することを義務付けられたプロキシ、SBC、PSTN ゲートウェイが送信します。</translation>
    </message>
    <message>
        <source>Retry with a namespace and value taken from Accept-Resource-Priority, or without Require: resource-priority. Repeating the identical request will be refused again.</source>
        <comment>retryNote</comment>
        <translation>Accept-Resource-Priority から取った名前空間と値を使うか、Require: resource-priority を外して再試行してください。まったく同じリクエストを繰り返すと再び拒否されます。</translation>
    </message>
    <message>
        <source>Read Accept-Resource-Priority in the 417 to see which namespaces and priority values the peer accepts.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>417 の Accept-Resource-Priority を読み、ピアが受け付ける名前空間と優先度の値を確認してください。</translation>
    </message>
    <message>
        <source>Compare it with the Resource-Priority header sent and align the namespace and value on both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>それを送信した Resource-Priority ヘッダと比較し、双方で名前空間と値を合わせてください。</translation>
    </message>
    <message>
        <source>If the call can go through without preferential handling, stop sending Require: resource-priority so unknown values are simply ignored.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>優先処理なしでも呼を通せる場合は、未知の値が単に無視されるよう Require: resource-priority の送信をやめてください。</translation>
    </message>
    <message>
        <source>On the receiving gateway, switch to loose mode or add the namespace if it should be honoured.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>受信側のゲートウェイで、その名前空間を尊重すべき場合は loose モードに切り替えるか、名前空間を追加してください。</translation>
    </message>
    <message>
        <source>Lists the namespaces and values the rejecting element supports; build the retry from it.</source>
        <comment>header Accept-Resource-Priority</comment>
        <extracomment>Why to inspect the Accept-Resource-Priority header</extracomment>
        <translation>拒否した要素がサポートする名前空間と値を列挙します。再試行はこれをもとに組み立ててください。</translation>
    </message>
    <message>
        <source>The namespace.value pair that was not recognised.</source>
        <comment>header Resource-Priority</comment>
        <extracomment>Why to inspect the Resource-Priority header</extracomment>
        <translation>認識されなかった namespace.value の組です。</translation>
    </message>
    <message>
        <source>Shows resource-priority was made mandatory; without it the element would have ignored the header.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>resource-priority が必須とされていたことを示します。これがなければ、要素はヘッダを無視していたはずです。</translation>
    </message>
    <message>
        <source>A 420 means the resource-priority option tag itself is unknown; 417 means the extension is supported but the specific value is not.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>420 は resource-priority オプションタグ自体が未知であることを、417 は拡張はサポートされているものの特定の値がサポートされていないことを意味します。</translation>
    </message>
    <message>
        <source>A 421 asks the client to use an extension; 417 rejects the values used in one.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>421 はクライアントに拡張の使用を求めるもので、417 は拡張で使用された値を拒否するものです。</translation>
    </message>
    <message>
        <source>A request whose priority is known but not authorised for this user is refused with 403 instead.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>優先度は既知でもこのユーザーには認可されていないリクエストは、代わりに 403 で拒否されます。</translation>
    </message>
</context>
<context>
    <name>sip:420</name>
    <message>
        <source>Bad Extension</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>不正な拡張</translation>
    </message>
    <message>
        <source>An option tag in Require or Proxy-Require is not supported; the Unsupported header names it.</source>
        <comment>summary</comment>
        <translation>Require または Proxy-Require のオプションタグがサポートされていません。Unsupported ヘッダにそのタグが示されます。</translation>
    </message>
    <message>
        <source>The client insisted on a SIP extension by listing its option tag in Require (for the UAS) or Proxy-Require (for proxies), and the recipient does not implement it. The response has to carry an Unsupported header that lists each tag it could not honour. Tags that are merely advertised in Supported never cause a 420.</source>
        <comment>description</comment>
        <translation>クライアントは、そのオプションタグを Require（UAS 向け）または Proxy-Require（プロキシ向け）に列挙して SIP 拡張の使用を要求しましたが、受信側はそれを実装していません。応答には、対応できなかった各タグを列挙した Unsupported ヘッダを含める必要があります。Supported で通知されているだけのタグが 420 の原因になることはありません。</translation>
    </message>
    <message>
        <source>A UAC sends Require: 100rel to a gateway or PBX without PRACK support. A device requires timer, replaces or precondition toward a legacy endpoint, for example during an attended transfer with an INVITE carrying Replaces. An IMS client sends Proxy-Require: sec-agree through a proxy that is not an IMS P-CSCF.</source>
        <comment>seenWhen</comment>
        <translation>UAC が PRACK 非対応のゲートウェイや PBX に Require: 100rel を送る場合です。また、端末が旧来の端末に対して timer、replaces、precondition を要求する場合（たとえば在席転送で Replaces を含む INVITE を送る場合）や、IMS クライアントが IMS の P-CSCF ではないプロキシ経由で Proxy-Require: sec-agree を送る場合にも発生します。</translation>
    </message>
    <message>
        <source>A UAS that does not implement an extension listed in Require, or a proxy that does not implement one listed in Proxy-Require.</source>
        <comment>sentBy</comment>
        <translation>Require に列挙された拡張を実装していない UAS、または Proxy-Require に列挙された拡張を実装していないプロキシが送信します。</translation>
    </message>
    <message>
        <source>A UAC may retry at once after dropping the listed tags from Require or Proxy-Require, falling back to behaviour that does not need the extension. Resending unchanged will give the same 420.</source>
        <comment>retryNote</comment>
        <translation>UAC は、列挙されたタグを Require や Proxy-Require から外し、拡張を必要としない動作にフォールバックしてすぐに再試行できます。変更せずに再送すると、同じ 420 が返ります。</translation>
    </message>
    <message>
        <source>Read the Unsupported header to see exactly which option tag was refused.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Unsupported ヘッダを読み、どのオプションタグが拒否されたかを正確に確認してください。</translation>
    </message>
    <message>
        <source>Move that tag from Require or Proxy-Require to Supported, so the feature is offered rather than demanded.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>そのタグを Require や Proxy-Require から Supported に移し、機能を要求するのではなく提示する形にしてください。</translation>
    </message>
    <message>
        <source>On SBCs and PBXs, set reliable provisional responses (100rel) or session timers to supported or optional instead of required toward this peer.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>SBC や PBX で、このピアに対する信頼性のある暫定応答（100rel）やセッションタイマーを、required ではなく supported または optional に設定してください。</translation>
    </message>
    <message>
        <source>If the feature is mandatory for the service, enable it on the far end or route to a device that implements it.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>その機能がサービスに必須である場合は、遠端で有効にするか、それを実装した端末にルーティングしてください。</translation>
    </message>
    <message>
        <source>Names the option tags the recipient did not understand.</source>
        <comment>header Unsupported</comment>
        <extracomment>Why to inspect the Unsupported header</extracomment>
        <translation>受信側が理解できなかったオプションタグを示します。</translation>
    </message>
    <message>
        <source>The tags the UAS was required to support; remove or relax the one listed in Unsupported.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>UAS がサポートを要求されたタグです。Unsupported に示されたタグを削除するか、要件を緩めてください。</translation>
    </message>
    <message>
        <source>The tags every proxy had to support; a 420 from a proxy points here.</source>
        <comment>header Proxy-Require</comment>
        <extracomment>Why to inspect the Proxy-Require header</extracomment>
        <translation>すべてのプロキシがサポートを要求されたタグです。プロキシからの 420 はここが原因です。</translation>
    </message>
    <message>
        <source>A 421 is the reverse case: the server needs an extension the client did not offer.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>421 は逆のケースで、クライアントが提示しなかった拡張をサーバーが必要としています。</translation>
    </message>
    <message>
        <source>A 417 is used when resource-priority is understood but its values are not.</source>
        <comment>related 417</comment>
        <extracomment>How 417 differs</extracomment>
        <translation>417 は、resource-priority 自体は理解されているものの、その値が理解されない場合に使用されます。</translation>
    </message>
    <message>
        <source>RFC 3398 gateways signal cause 127, interworking unspecified, for 420 toward ISUP.</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>RFC 3398 準拠のゲートウェイは、ISUP 方向で 420 に対して cause 127（Interworking unspecified）を通知します。</translation>
    </message>
</context>
<context>
    <name>sip:421</name>
    <message>
        <source>Extension Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>拡張が必要</translation>
    </message>
    <message>
        <source>The server needs an extension the request did not list in Supported; the Require header says which.</source>
        <comment>summary</comment>
        <translation>リクエストの Supported に含まれていない拡張をサーバーが必要としています。どの拡張かは Require ヘッダに示されます。</translation>
    </message>
    <message>
        <source>The UAS will only process the request if the client uses a particular SIP extension, and the client did not advertise it in Supported. The response carries a Require header naming the needed option tags. Servers are expected to use this sparingly, because it locks out clients that cannot implement the extension.</source>
        <comment>description</comment>
        <translation>UAS は、クライアントが特定の SIP 拡張を使用する場合にのみリクエストを処理しますが、クライアントは Supported でそれを通知していませんでした。応答には、必要なオプションタグを示す Require ヘッダが含まれます。拡張を実装できないクライアントを締め出すことになるため、サーバーはこれを控えめに使用することが求められています。</translation>
    </message>
    <message>
        <source>A gateway or media server that only gives early media with reliable provisional responses demands 100rel. An IMS core requires precondition or sec-agree and the device did not offer it. A UAS or SBC that insists on session timers rejects INVITEs lacking Supported: timer.</source>
        <comment>seenWhen</comment>
        <translation>信頼性のある暫定応答でしかアーリーメディアを提供しないゲートウェイやメディアサーバーが 100rel を要求する場合です。また、IMS コアが precondition や sec-agree を要求したのに端末がそれを提示しなかった場合や、セッションタイマーを必須とする UAS や SBC が Supported: timer のない INVITE を拒否する場合にも発生します。</translation>
    </message>
    <message>
        <source>A UAS, or a B2BUA acting as one, whose local policy makes an extension mandatory for this kind of request.</source>
        <comment>sentBy</comment>
        <translation>ローカルポリシーにより、この種のリクエストに対して拡張を必須としている UAS、または UAS として動作する B2BUA が送信します。</translation>
    </message>
    <message>
        <source>Retry only with the listed extension enabled and its tag in Supported. If the client cannot implement it, the call fails at this server and a router should try another destination.</source>
        <comment>retryNote</comment>
        <translation>列挙された拡張を有効にし、そのタグを Supported に含めた場合に限り再試行してください。クライアントがそれを実装できない場合、呼はこのサーバーで失敗するため、ルーターは別の宛先を試す必要があります。</translation>
    </message>
    <message>
        <source>Read the Require header of the 421 to see which option tags are needed.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>421 の Require ヘッダを読み、どのオプションタグが必要かを確認してください。</translation>
    </message>
    <message>
        <source>Enable that extension on the UAC and make sure it is advertised in Supported on the retried request.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>UAC でその拡張を有効にし、再試行するリクエストの Supported で通知されていることを確認してください。</translation>
    </message>
    <message>
        <source>Check that no B2BUA or SBC on the path strips Supported or its tags.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>経路上の B2BUA や SBC が Supported やそのタグを削除していないことを確認してください。</translation>
    </message>
    <message>
        <source>If the client cannot support it, change the server policy so the extension is optional for this peer.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>クライアントがサポートできない場合は、このピアに対して拡張が任意となるようサーバーのポリシーを変更してください。</translation>
    </message>
    <message>
        <source>Lists the option tags the server insists on.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>サーバーが必須とするオプションタグを列挙します。</translation>
    </message>
    <message>
        <source>Check what the original request advertised and whether a middlebox removed tags.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>元のリクエストが何を通知していたか、また中間装置がタグを削除していないかを確認してください。</translation>
    </message>
    <message>
        <source>A 420 is the opposite direction: the client demanded an extension the server lacks.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>420 は逆方向で、クライアントがサーバーにない拡張を要求しました。</translation>
    </message>
    <message>
        <source>A 494 is the specific answer when the missing piece is the sec-agree security negotiation.</source>
        <comment>related 494</comment>
        <extracomment>How 494 differs</extracomment>
        <translation>494 は、不足しているのが sec-agree のセキュリティネゴシエーションである場合の専用の応答です。</translation>
    </message>
    <message>
        <source>A 422 is sent when session timers are in use but the proposed interval is too short.</source>
        <comment>related 422</comment>
        <extracomment>How 422 differs</extracomment>
        <translation>422 は、セッションタイマーが使用されているものの、提案された間隔が短すぎる場合に送信されます。</translation>
    </message>
</context>
<context>
    <name>sip:422</name>
    <message>
        <source>Session Interval Too Small</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>セッション間隔が短すぎます</translation>
    </message>
    <message>
        <source>Session-Expires is below this element&apos;s minimum; the Min-SE header gives the smallest value accepted.</source>
        <comment>summary</comment>
        <translation>Session-Expires がこの要素の最小値を下回っています。受け付けられる最小値は Min-SE ヘッダに示されます。</translation>
    </message>
    <message>
        <source>Under RFC 4028 session timers, the request proposed a Session-Expires interval shorter than the recipient is willing to handle. The response carries Min-SE with the minimum that element accepts, and RFC 4028 never allows anything below 90 seconds. It applies to the initial INVITE and to session refreshes sent as re-INVITE or UPDATE.</source>
        <comment>description</comment>
        <translation>RFC 4028 のセッションタイマーにおいて、リクエストが受信側の許容よりも短い Session-Expires の間隔を提案しました。応答には、その要素が受け付ける最小値を示す Min-SE が含まれます。RFC 4028 では 90 秒未満の値は一切認められていません。最初の INVITE と、re-INVITE または UPDATE で送信されるセッションリフレッシュの両方に適用されます。</translation>
    </message>
    <message>
        <source>A phone or PBX sends Session-Expires: 60 or some other value under 90 seconds. An SBC or carrier with Min-SE set to 1800 receives an INVITE proposing 600 or 900 seconds. Proxies on the path can also return it, so the Min-SE may belong to a middle hop and not to the called party.</source>
        <comment>seenWhen</comment>
        <translation>電話機や PBX が Session-Expires: 60 など 90 秒未満の値を送る場合です。Min-SE が 1800 に設定された SBC やキャリアが、600 秒や 900 秒を提案する INVITE を受信した場合にも発生します。経路上のプロキシが返すこともあるため、Min-SE が着信側ではなく途中のホップのものである可能性があります。</translation>
    </message>
    <message>
        <source>A UAS, proxy or SBC that supports session timers and has a minimum session interval larger than the one proposed.</source>
        <comment>sentBy</comment>
        <translation>セッションタイマーをサポートし、提案された値より大きい最小セッション間隔を持つ UAS、プロキシ、SBC が送信します。</translation>
    </message>
    <message>
        <source>Retry immediately with Session-Expires raised to at least the Min-SE value, also adding a Min-SE header. If a 422 arrives for a refresh of an established call, the old session keeps running while the refresh is redone.</source>
        <comment>retryNote</comment>
        <translation>Session-Expires を Min-SE の値以上に引き上げ、Min-SE ヘッダも付けて、すぐに再試行してください。確立済みの呼のリフレッシュに対して 422 が返った場合は、リフレッシュをやり直す間も既存のセッションは継続します。</translation>
    </message>
    <message>
        <source>Read Min-SE in the 422 and check which hop sent it from the top Via and Server headers.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>422 の Min-SE を読み、最上位の Via と Server ヘッダからどのホップが送信したかを確認してください。</translation>
    </message>
    <message>
        <source>Confirm the client retried automatically with a Session-Expires at least as large as Min-SE and carried a Min-SE header; most stacks do this.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>クライアントが Min-SE 以上の Session-Expires と Min-SE ヘッダを付けて自動的に再試行したことを確認してください。ほとんどのスタックはこれを行います。</translation>
    </message>
    <message>
        <source>Raise the session timer interval on the originating device, PBX or SBC so it meets the peer&apos;s minimum.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>発信元の端末、PBX、SBC のセッションタイマー間隔を、ピアの最小値を満たすよう引き上げてください。</translation>
    </message>
    <message>
        <source>Agree a common session refresh interval across the trunk to avoid a 422 round-trip on every call.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>毎回の呼で 422 の往復が発生しないよう、トランク全体で共通のセッションリフレッシュ間隔を取り決めてください。</translation>
    </message>
    <message>
        <source>The smallest session interval the rejecting element accepts; the retry must be at least this.</source>
        <comment>header Min-SE</comment>
        <extracomment>Why to inspect the Min-SE header</extracomment>
        <translation>拒否した要素が受け付ける最小のセッション間隔です。再試行ではこの値以上にする必要があります。</translation>
    </message>
    <message>
        <source>The interval that was proposed and refused.</source>
        <comment>header Session-Expires</comment>
        <extracomment>Why to inspect the Session-Expires header</extracomment>
        <translation>提案されて拒否された間隔です。</translation>
    </message>
    <message>
        <source>Should contain timer on the retry so the peers can negotiate a refresher.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>ピア間でリフレッシャーをネゴシエーションできるよう、再試行時には timer を含める必要があります。</translation>
    </message>
    <message>
        <source>A 423 does the same job for REGISTER and SUBSCRIBE Expires values, using Min-Expires.</source>
        <comment>related 423</comment>
        <extracomment>How 423 differs</extracomment>
        <translation>423 は、REGISTER や SUBSCRIBE の Expires の値について、Min-Expires を使って同じ役割を果たします。</translation>
    </message>
    <message>
        <source>A 421 with Require: timer means session timers are mandatory but were not offered at all.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>Require: timer を含む 421 は、セッションタイマーが必須であるにもかかわらずまったく提示されなかったことを意味します。</translation>
    </message>
    <message>
        <source>A 420 appears if timer was required but the peer does not implement session timers.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>420 は、timer が要求されたもののピアがセッションタイマーを実装していない場合に現れます。</translation>
    </message>
</context>
<context>
    <name>sip:423</name>
    <message>
        <source>Interval Too Brief</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>間隔が短すぎます</translation>
    </message>
    <message>
        <source>The requested Expires is shorter than the server allows; the Min-Expires header gives the minimum.</source>
        <comment>summary</comment>
        <translation>要求された Expires がサーバーの許容より短すぎます。最小値は Min-Expires ヘッダに示されます。</translation>
    </message>
    <message>
        <source>The server refuses to create or refresh a registration (or another soft-state resource) because the expiration interval asked for is too short for its policy. RFC 3261 defines it for REGISTER, and the event notification and PUBLISH specifications reuse it for SUBSCRIBE and PUBLISH. The response carries Min-Expires with the shortest interval the server will grant.</source>
        <comment>description</comment>
        <translation>要求された有効期間がポリシー上短すぎるため、サーバーは登録（またはその他のソフトステートのリソース）の作成や更新を拒否します。RFC 3261 で REGISTER 用に定義され、イベント通知と PUBLISH の仕様で SUBSCRIBE と PUBLISH にも流用されています。応答には、サーバーが許可する最短の間隔を示す Min-Expires が含まれます。</translation>
    </message>
    <message>
        <source>A phone behind NAT is set to re-register every 30 or 60 seconds to keep the pinhole open, and the registrar requires 120, 300 or 3600. BLF or presence SUBSCRIBEs with a very short Expires are refused by the PBX. Provisioning templates with a registration period in the wrong unit (seconds vs minutes) also produce it.</source>
        <comment>seenWhen</comment>
        <translation>NAT 配下の電話機がピンホールを開けておくために 30 秒や 60 秒ごとに再登録するよう設定されており、レジストラが 120、300、3600 を要求する場合です。Expires が非常に短い BLF やプレゼンスの SUBSCRIBE も PBX に拒否されます。登録間隔の単位を誤った（秒と分の取り違え）プロビジョニングテンプレートでも発生します。</translation>
    </message>
    <message>
        <source>Registrars, and notifiers or presence servers that enforce a minimum subscription or publication lifetime to limit refresh load.</source>
        <comment>sentBy</comment>
        <translation>更新の負荷を抑えるために、サブスクリプションやパブリケーションの最小有効期間を強制するレジストラ、ノーティファイア、プレゼンスサーバーが送信します。</translation>
    </message>
    <message>
        <source>Retry straight away with an expiry of at least Min-Expires. Retrying with the same short value will loop on 423 and the device will stay unregistered.</source>
        <comment>retryNote</comment>
        <translation>Min-Expires 以上の有効期間ですぐに再試行してください。同じ短い値で再試行すると 423 のループになり、端末は未登録のままになります。</translation>
    </message>
    <message>
        <source>Read Min-Expires in the 423 and set the device&apos;s registration or subscription interval to at least that value.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>423 の Min-Expires を読み、端末の登録間隔またはサブスクリプション間隔をその値以上に設定してください。</translation>
    </message>
    <message>
        <source>Check the Expires header and any expires parameter on the Contact, since the Contact parameter wins when both are present.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Expires ヘッダと Contact の expires パラメータを確認してください。両方ある場合は Contact のパラメータが優先されます。</translation>
    </message>
    <message>
        <source>Keep NAT bindings open with CRLF or OPTIONS keepalives or SIP outbound instead of very short re-registrations.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>非常に短い再登録ではなく、CRLF や OPTIONS のキープアライブ、または SIP Outbound で NAT バインディングを維持してください。</translation>
    </message>
    <message>
        <source>Confirm the client&apos;s automatic retry uses the new value instead of looping on the old one.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>クライアントの自動再試行が、古い値でループせず新しい値を使用していることを確認してください。</translation>
    </message>
    <message>
        <source>The shortest expiry the server will accept; use it in the retry.</source>
        <comment>header Min-Expires</comment>
        <extracomment>Why to inspect the Min-Expires header</extracomment>
        <translation>サーバーが受け付ける最短の有効期間です。再試行ではこれを使用してください。</translation>
    </message>
    <message>
        <source>The interval that was requested.</source>
        <comment>header Expires</comment>
        <extracomment>Why to inspect the Expires header</extracomment>
        <translation>要求された間隔です。</translation>
    </message>
    <message>
        <source>An expires parameter here overrides the Expires header for that binding.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>ここにある expires パラメータは、そのバインディングについて Expires ヘッダより優先されます。</translation>
    </message>
    <message>
        <source>A 422 is the session timer equivalent, with Min-SE instead of Min-Expires.</source>
        <comment>related 422</comment>
        <extracomment>How 422 differs</extracomment>
        <translation>422 はセッションタイマー版で、Min-Expires の代わりに Min-SE を使用します。</translation>
    </message>
    <message>
        <source>A 489 rejects a SUBSCRIBE for its event package, not for its duration.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>489 は、SUBSCRIBE をその有効期間ではなくイベントパッケージを理由に拒否するものです。</translation>
    </message>
</context>
<context>
    <name>sip:424</name>
    <message>
        <source>Bad Location Information</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>不正な位置情報</translation>
    </message>
    <message>
        <source>Location conveyed with the request (Geolocation, PIDF-LO) was malformed, missing or unusable.</source>
        <comment>summary</comment>
        <translation>リクエストで伝達された位置情報（Geolocation、PIDF-LO）が不正、欠落、または使用できないものでした。</translation>
    </message>
    <message>
        <source>The recipient needed the location information attached to the request, by value in a PIDF-LO body or by reference through a URI in the Geolocation header, and could not use it. The location might be syntactically wrong, impossible to dereference, or not good enough for the recipient&apos;s purpose, such as routing an emergency call. A Geolocation-Error header in the response carries a code and text that narrow down the problem.</source>
        <comment>description</comment>
        <translation>受信側は、リクエストに添付された位置情報（PIDF-LO ボディによる値渡し、または Geolocation ヘッダの URI による参照渡し）を必要としましたが、それを使用できませんでした。位置情報の構文が誤っている、参照先を取得できない、または緊急呼のルーティングなど受信側の目的には不十分である、といった可能性があります。応答の Geolocation-Error ヘッダには、問題を絞り込むためのコードとテキストが含まれます。</translation>
    </message>
    <message>
        <source>Emergency calls in NG911 or NG112 networks where the ESRP or PSAP cannot parse the PIDF-LO the originating network inserted. A Geolocation header points at a cid: URI that does not match any Content-ID in the multipart body. A location-by-reference URI (HELD or SIP presence) cannot be fetched by the receiving element.</source>
        <comment>seenWhen</comment>
        <translation>NG911 や NG112 ネットワークにおける緊急呼で、発信元のネットワークが挿入した PIDF-LO を ESRP や PSAP が解析できない場合です。また、Geolocation ヘッダが指す cid: URI がマルチパートボディのどの Content-ID とも一致しない場合や、参照渡しの位置情報 URI（HELD や SIP プレゼンス）を受信側の要素が取得できない場合にも発生します。</translation>
    </message>
    <message>
        <source>PSAPs, emergency routing proxies and other location-based routing elements that must consume the location to handle the request.</source>
        <comment>sentBy</comment>
        <translation>リクエストを処理するために位置情報を利用しなければならない PSAP、緊急呼ルーティングプロキシ、その他の位置情報ベースのルーティング要素が送信します。</translation>
    </message>
    <message>
        <source>Retry only after correcting or replacing the location information. For emergency calls, networks usually fall back to default routing instead of letting the call fail.</source>
        <comment>retryNote</comment>
        <translation>位置情報を修正または差し替えた後に限り再試行してください。緊急呼の場合、ネットワークは通常、呼を失敗させずにデフォルトルーティングにフォールバックします。</translation>
    </message>
    <message>
        <source>Read the Geolocation-Error header for its code and text to see whether parsing, dereferencing or permission failed.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Geolocation-Error ヘッダのコードとテキストを読み、解析、参照先の取得、権限のいずれで失敗したかを確認してください。</translation>
    </message>
    <message>
        <source>Validate the PIDF-LO body against the schema and check Content-Type and multipart boundaries.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>PIDF-LO ボディをスキーマに照らして検証し、Content-Type とマルチパートの境界を確認してください。</translation>
    </message>
    <message>
        <source>Make sure each cid: URI in Geolocation matches a Content-ID header in the body exactly.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Geolocation の各 cid: URI が、ボディ内の Content-ID ヘッダと正確に一致していることを確認してください。</translation>
    </message>
    <message>
        <source>For location by reference, verify the URI is reachable and authorised from the receiving network.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>参照渡しの位置情報の場合は、受信側ネットワークからその URI に到達でき、アクセスが認可されていることを確認してください。</translation>
    </message>
    <message>
        <source>Carries a numeric code and description explaining what was wrong with the location.</source>
        <comment>header Geolocation-Error</comment>
        <extracomment>Why to inspect the Geolocation-Error header</extracomment>
        <translation>位置情報の何が問題だったかを説明する数値コードと説明文を含みます。</translation>
    </message>
    <message>
        <source>Holds the cid: or remote URI pointing at the location; check it resolves.</source>
        <comment>header Geolocation</comment>
        <extracomment>Why to inspect the Geolocation header</extracomment>
        <translation>位置情報を指す cid: URI またはリモート URI を含みます。正しく解決できるか確認してください。</translation>
    </message>
    <message>
        <source>Says whether intermediaries may route on the location.</source>
        <comment>header Geolocation-Routing</comment>
        <extracomment>Why to inspect the Geolocation-Routing header</extracomment>
        <translation>中継要素が位置情報に基づいてルーティングしてよいかどうかを示します。</translation>
    </message>
    <message>
        <source>A 400 is a general syntax failure; 424 is specific to the conveyed location.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>400 は一般的な構文エラーで、424 は伝達された位置情報に特化したものです。</translation>
    </message>
    <message>
        <source>A 425 is the sibling for a bad CAP alert payload in non-interactive emergency calls.</source>
        <comment>related 425</comment>
        <extracomment>How 425 differs</extracomment>
        <translation>425 は同系統の応答で、非対話型の緊急呼における CAP アラートのペイロードが不正な場合に使われます。</translation>
    </message>
    <message>
        <source>A 415 applies if the location body uses a content type the recipient does not accept at all.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>415 は、位置情報のボディが受信側がまったく受け付けないコンテンツタイプを使用している場合に該当します。</translation>
    </message>
</context>
<context>
    <name>sip:425</name>
    <message>
        <source>Bad Alert Message</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>不正なアラートメッセージ</translation>
    </message>
    <message>
        <source>A non-interactive emergency alert (CAP payload in a SIP MESSAGE) was missing or unusable.</source>
        <comment>summary</comment>
        <translation>非対話型の緊急アラート（SIP MESSAGE 内の CAP ペイロード）が欠落しているか、使用できないものでした。</translation>
    </message>
    <message>
        <source>RFC 8876 lets devices send emergency alerts with no voice or video, as a SIP MESSAGE carrying a Common Alerting Protocol document. A 425 says the PSAP or emergency network could not make sense of the alert payload well enough to act on it. An AlertMsg-Error header carries a code: 100 for a payload that cannot be processed, 101 when it is absent or cannot be found, 102 when it does not say enough about the emergency, and 103 when it is corrupted.</source>
        <comment>description</comment>
        <translation>RFC 8876 により、端末は音声や映像を伴わない緊急アラートを、Common Alerting Protocol の文書を含む SIP MESSAGE として送信できます。425 は、PSAP や緊急通報ネットワークが対応できるほどにはアラートのペイロードを解釈できなかったことを示します。AlertMsg-Error ヘッダにはコードが含まれ、100 はペイロードを処理できない場合、101 はペイロードが存在しないか見つからない場合、102 は緊急事態に関する情報が不十分な場合、103 はペイロードが破損している場合を示します。</translation>
    </message>
    <message>
        <source>Sensors, alarm panels and vehicle systems sending data-only alerts to an ESRP or PSAP. It appears when the CAP XML is malformed, the body part referenced by the request is missing, or required CAP elements are empty. It is also seen during interoperability testing of new alerting devices against NG emergency cores.</source>
        <comment>seenWhen</comment>
        <translation>センサー、警報盤、車載システムが、データのみのアラートを ESRP や PSAP に送信する場合です。CAP の XML が不正な場合、リクエストが参照するボディパートが欠落している場合、必須の CAP 要素が空の場合に現れます。新しいアラート端末と NG 緊急通報コアとの相互接続試験でも見られます。</translation>
    </message>
    <message>
        <source>PSAPs and emergency services routing proxies that receive non-interactive emergency calls and cannot use the attached alert.</source>
        <comment>sentBy</comment>
        <translation>非対話型の緊急呼を受信し、添付されたアラートを使用できない PSAP や緊急サービスルーティングプロキシが送信します。</translation>
    </message>
    <message>
        <source>Resend only after fixing the CAP payload. Sending the same alert again will be rejected the same way.</source>
        <comment>retryNote</comment>
        <translation>CAP ペイロードを修正した後に限り再送してください。同じアラートを再送しても同じように拒否されます。</translation>
    </message>
    <message>
        <source>Read the code in the AlertMsg-Error header to see which of the four failure cases applies.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>AlertMsg-Error ヘッダのコードを読み、4 つの失敗ケースのどれに該当するかを確認してください。</translation>
    </message>
    <message>
        <source>Validate the CAP document against the schema and check its Content-Type is application/common-alerting-protocol+xml.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>CAP 文書をスキーマに照らして検証し、Content-Type が application/common-alerting-protocol+xml であることを確認してください。</translation>
    </message>
    <message>
        <source>Check that every body part referenced by a cid: URI is actually present in the MESSAGE.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>cid: URI で参照されるすべてのボディパートが、実際に MESSAGE に含まれていることを確認してください。</translation>
    </message>
    <message>
        <source>Make sure the alert fills in the elements that describe the event, such as category, urgency and location.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>カテゴリ、緊急度、位置など、事象を説明する要素がアラートに記入されていることを確認してください。</translation>
    </message>
    <message>
        <source>Carries the numeric code (100 to 103) and text telling what was wrong with the alert.</source>
        <comment>header AlertMsg-Error</comment>
        <extracomment>Why to inspect the AlertMsg-Error header</extracomment>
        <translation>アラートの何が問題だったかを示す数値コード（100～103）とテキストを含みます。</translation>
    </message>
    <message>
        <source>Should show the CAP media type, usually inside a multipart body.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>CAP のメディアタイプを示している必要があります。通常はマルチパートボディの内部にあります。</translation>
    </message>
    <message>
        <source>A 424 is the response when the problem lies in the conveyed location rather than the alert itself.</source>
        <comment>related 424</comment>
        <extracomment>How 424 differs</extracomment>
        <translation>424 は、問題がアラート自体ではなく伝達された位置情報にある場合の応答です。</translation>
    </message>
    <message>
        <source>A 415 is used when the body&apos;s media type is not accepted at all.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>415 は、ボディのメディアタイプがまったく受け付けられない場合に使用されます。</translation>
    </message>
    <message>
        <source>A 400 covers a SIP request that is malformed independent of its alert content.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>400 は、アラートの内容とは無関係に SIP リクエストの形式が不正な場合に該当します。</translation>
    </message>
</context>
<context>
    <name>sip:428</name>
    <message>
        <source>Use Identity Header</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Identity ヘッダを使用してください</translation>
    </message>
    <message>
        <source>The verifier&apos;s policy requires a signed Identity header (STIR/SHAKEN) and the request had none.</source>
        <comment>summary</comment>
        <translation>検証側のポリシーにより署名付きの Identity ヘッダ（STIR/SHAKEN）が必要ですが、リクエストに含まれていませんでした。</translation>
    </message>
    <message>
        <source>A STIR verification service received a request without any Identity header, and its policy does not accept unsigned requests. It is a prompt for the originating side to send the request again through an authentication service that signs it. The code was first defined in RFC 4474 and kept by RFC 8224, which obsoletes it.</source>
        <comment>description</comment>
        <translation>STIR の検証サービスが Identity ヘッダをまったく含まないリクエストを受信しましたが、そのポリシーでは署名のないリクエストを受け付けません。発信元側に対して、署名を行う認証サービスを経由してリクエストを再送するよう促すものです。このコードは RFC 4474 で最初に定義され、RFC 4474 を廃止した RFC 8224 でも維持されています。</translation>
    </message>
    <message>
        <source>A terminating carrier or enterprise SBC configured to require STIR/SHAKEN receives a call from an interconnect that does not sign. The Identity header was added upstream but dropped by a B2BUA or SBC that does not pass unknown headers. Large Identity headers sent over UDP can also be lost when the INVITE is fragmented and a fragment is dropped.</source>
        <comment>seenWhen</comment>
        <translation>STIR/SHAKEN を必須とするよう設定された着信側キャリアや企業の SBC が、署名を行わない相互接続先から呼を受信した場合です。また、上流で Identity ヘッダが付与されたものの、未知のヘッダを通過させない B2BUA や SBC によって削除された場合にも発生します。UDP で送られた大きな Identity ヘッダも、INVITE がフラグメント化されてフラグメントが破棄されると失われることがあります。</translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, typically built into the terminating carrier&apos;s SBC or a proxy in front of the called user.</source>
        <comment>sentBy</comment>
        <translation>STIR/SHAKEN の検証サービスが送信します。通常は着信側キャリアの SBC や、着信ユーザーの前段にあるプロキシに組み込まれています。</translation>
    </message>
    <message>
        <source>The request can be retried once it carries a valid Identity header. A routing engine without a signing path may try another route, but the same verifier will keep refusing unsigned calls.</source>
        <comment>retryNote</comment>
        <translation>有効な Identity ヘッダを含めれば、リクエストを再試行できます。署名経路を持たないルーティングエンジンが別ルートを試すことはありますが、同じ検証側は署名のない呼を拒否し続けます。</translation>
    </message>
    <message>
        <source>Confirm whether the originating provider signs the call at all, by checking the INVITE leaving their network for an Identity header.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>発信元のプロバイダーのネットワークから出ていく INVITE に Identity ヘッダがあるかを確認し、そもそもプロバイダーが呼に署名しているかどうかを確かめてください。</translation>
    </message>
    <message>
        <source>Trace the INVITE hop by hop and find the SBC or B2BUA that removes the Identity header, then allow it to pass.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>INVITE をホップごとに追跡して Identity ヘッダを削除している SBC や B2BUA を特定し、通過を許可してください。</translation>
    </message>
    <message>
        <source>Move the trunk to TCP or TLS if large INVITEs are being fragmented over UDP.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>サイズの大きい INVITE が UDP でフラグメント化されている場合は、トランクを TCP または TLS に移行してください。</translation>
    </message>
    <message>
        <source>If signing is not possible on that route, agree with the terminating side to relax its policy or route the call elsewhere.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>そのルートで署名ができない場合は、着信側とポリシーの緩和について合意するか、呼を別の経路にルーティングしてください。</translation>
    </message>
    <message>
        <source>Absent in the rejected request; it must be present in the retry.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation>拒否されたリクエストには含まれていませんでした。再試行では含める必要があります。</translation>
    </message>
    <message>
        <source>A 436 means an Identity header was present but its certificate URL could not be fetched.</source>
        <comment>related 436</comment>
        <extracomment>How 436 differs</extracomment>
        <translation>436 は、Identity ヘッダは存在したものの、その証明書 URL を取得できなかったことを意味します。</translation>
    </message>
    <message>
        <source>A 438 means the Identity header was present but failed signature or claim checks.</source>
        <comment>related 438</comment>
        <extracomment>How 438 differs</extracomment>
        <translation>438 は、Identity ヘッダは存在したものの、署名またはクレームの検査に失敗したことを意味します。</translation>
    </message>
    <message>
        <source>A 437 means the certificate was fetched but is not accepted or trusted.</source>
        <comment>related 437</comment>
        <extracomment>How 437 differs</extracomment>
        <translation>437 は、証明書は取得できたものの、受け入れられないか信頼されていないことを意味します。</translation>
    </message>
</context>
<context>
    <name>sip:429</name>
    <message>
        <source>Provide Referrer Identity</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Referrer の ID を提示してください</translation>
    </message>
    <message>
        <source>The refer target wants a valid Referred-By token proving who asked for the transfer.</source>
        <comment>summary</comment>
        <translation>REFER のターゲットが、転送を依頼したのが誰かを証明する有効な Referred-By トークンを求めています。</translation>
    </message>
    <message>
        <source>RFC 3892 lets the recipient of a request triggered by REFER see who originated the referral through the Referred-By header and an optional signed token. A 429 means the refer target would only accept the request if it carried a valid Referred-By token, and none was present or usable. The referee normally reports the 429 back to the referrer in a NOTIFY sipfrag body, so that the referrer can send a new REFER with a token.</source>
        <comment>description</comment>
        <translation>RFC 3892 により、REFER を契機として送られたリクエストの受信側は、Referred-By ヘッダと任意の署名付きトークンを通じて、誰が REFER を発したかを確認できます。429 は、REFER のターゲットが有効な Referred-By トークンを含む場合に限りリクエストを受け付けるところ、トークンが存在しないか使用できなかったことを意味します。通常、referee は 429 を NOTIFY の sipfrag ボディで referrer に報告し、referrer がトークン付きの新しい REFER を送信できるようにします。</translation>
    </message>
    <message>
        <source>Call transfers in security-conscious deployments where the transfer target requires authenticated referrals. It usually surfaces as a message/sipfrag body containing SIP/2.0 429 inside a NOTIFY for the refer subscription. Outside such environments it is rarely seen.</source>
        <comment>seenWhen</comment>
        <translation>転送先が認証済みの REFER を要求する、セキュリティを重視した環境での呼転送で発生します。通常は、REFER のサブスクリプションに対する NOTIFY 内の、SIP/2.0 429 を含む message/sipfrag ボディとして現れます。そのような環境以外ではまれです。</translation>
    </message>
    <message>
        <source>The transfer target, a UAS whose policy insists on an authenticated Referred-By before it acts on a referred request.</source>
        <comment>sentBy</comment>
        <translation>転送先、つまり REFER によるリクエストを処理する前に認証済みの Referred-By を必須とするポリシーを持つ UAS が送信します。</translation>
    </message>
    <message>
        <source>The referee cannot fix this alone. It should report the 429 to the referrer, which may issue a fresh REFER that includes a Referred-By token.</source>
        <comment>retryNote</comment>
        <translation>referee 単独ではこれを解決できません。429 を referrer に報告し、referrer が Referred-By トークンを含む新しい REFER を送信することになります。</translation>
    </message>
    <message>
        <source>Look at the NOTIFY bodies for the REFER to confirm the 429 came from the transfer target.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>REFER に対する NOTIFY のボディを確認し、429 が転送先から送られたものであることを確かめてください。</translation>
    </message>
    <message>
        <source>Check whether the referrer can produce a signed Referred-By token (an S/MIME message/sipfrag body) and enable it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>referrer が署名付きの Referred-By トークン（S/MIME の message/sipfrag ボディ）を生成できるか確認し、有効にしてください。</translation>
    </message>
    <message>
        <source>If the token is not feasible, review the target&apos;s policy on unauthenticated referrals.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>トークンの使用が現実的でない場合は、認証されていない REFER に関する転送先のポリシーを見直してください。</translation>
    </message>
    <message>
        <source>Shows who claims to have triggered the request and whether a token was referenced.</source>
        <comment>header Referred-By</comment>
        <extracomment>Why to inspect the Referred-By header</extracomment>
        <translation>誰がリクエストを発生させたと主張しているか、またトークンが参照されているかを示します。</translation>
    </message>
    <message>
        <source>A 403 is a plain refusal; 429 says the request would be acceptable with proof of the referrer.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>403 は単なる拒否で、429 は referrer の証明があればリクエストを受け付けることを示します。</translation>
    </message>
    <message>
        <source>A 603 is a final decline by the user rather than a missing credential.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>603 は、認証情報の欠落ではなく、ユーザーによる最終的な拒否です。</translation>
    </message>
</context>
<context>
    <name>sip:430</name>
    <message>
        <source>Flow Failed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>フロー障害</translation>
    </message>
    <message>
        <source>SIP outbound: the edge proxy could not use the connection (flow) chosen for this registration.</source>
        <comment>summary</comment>
        <translation>SIP Outbound において、エッジプロキシがこの登録で選択された接続（フロー）を使用できませんでした。</translation>
    </message>
    <message>
        <source>With RFC 5626 outbound, a UA keeps one or more persistent flows (TCP, TLS or WebSocket connections, or UDP with keepalives) to edge proxies, and the registrar records which flow each binding uses. A 430 tells the authoritative proxy that the flow named in the routing information is gone, so this binding cannot be reached over it. It is meant for the proxy chain only and should not be passed back to the caller.</source>
        <comment>description</comment>
        <translation>RFC 5626 の Outbound では、UA はエッジプロキシとの間に 1 つ以上の永続的なフロー（TCP、TLS、WebSocket の接続、またはキープアライブ付きの UDP）を維持し、レジストラは各バインディングがどのフローを使うかを記録します。430 は、ルーティング情報で指定されたフローが失われ、そのフロー経由ではこのバインディングに到達できないことを管轄プロキシ（authoritative proxy）に伝えます。プロキシ間でのみ使用されることを想定しており、発信側に返すべきではありません。</translation>
    </message>
    <message>
        <source>A phone or WebRTC client&apos;s TLS or WebSocket connection to the edge proxy has dropped (NAT timeout, Wi-Fi to LTE handover, client suspended) while its registration binding is still valid. Kamailio and OpenSIPS setups using the outbound and path modules produce it when a flow token no longer maps to a live connection. Callers then often see 480 from the authoritative proxy.</source>
        <comment>seenWhen</comment>
        <translation>電話機や WebRTC クライアントのエッジプロキシへの TLS や WebSocket 接続が、登録バインディングがまだ有効な間に切断された場合（NAT タイムアウト、Wi-Fi から LTE へのハンドオーバー、クライアントのサスペンド）に発生します。outbound モジュールと path モジュールを使用する Kamailio や OpenSIPS の構成では、フロートークンが有効な接続に対応しなくなったときにこれが生成されます。その場合、発信側には管轄プロキシからの 480 が返ることがよくあります。</translation>
    </message>
    <message>
        <source>An edge proxy that supports SIP outbound, replying to the authoritative proxy when the flow referenced in the route has failed.</source>
        <comment>sentBy</comment>
        <translation>SIP Outbound をサポートするエッジプロキシが、ルートで参照されたフローに障害が発生した場合に管轄プロキシに対して返します。</translation>
    </message>
    <message>
        <source>The authoritative proxy should immediately try another flow or binding for the same instance and may drop the failed binding. A 430 should never reach the calling UA; if no other flow works, answer the caller with 480.</source>
        <comment>retryNote</comment>
        <translation>管轄プロキシは、同じインスタンスの別のフローやバインディングを直ちに試し、障害の発生したバインディングを削除してもかまいません。430 が発信側の UA に届いてはなりません。他に使えるフローがなければ、発信側には 480 で応答してください。</translation>
    </message>
    <message>
        <source>On the authoritative proxy, treat the binding as unusable and try the next flow or registration for the same instance.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>管轄プロキシでは、そのバインディングを使用不可として扱い、同じインスタンスの次のフローや登録を試してください。</translation>
    </message>
    <message>
        <source>Check the UA keepalive settings (CRLF or STUN keepalives, Flow-Timer) and the NAT or firewall idle timeouts on the path.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>UA のキープアライブ設定（CRLF や STUN のキープアライブ、Flow-Timer）と、経路上の NAT やファイアウォールのアイドルタイムアウトを確認してください。</translation>
    </message>
    <message>
        <source>Make sure the UA re-registers quickly after losing a connection so a fresh flow replaces the dead one.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>接続が失われた後に UA がすぐ再登録し、失われたフローが新しいフローに置き換わるようにしてください。</translation>
    </message>
    <message>
        <source>Confirm the edge proxy and registrar agree on flow tokens, especially after an edge proxy restart or failover.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>特にエッジプロキシの再起動やフェイルオーバーの後は、エッジプロキシとレジストラのフロートークンが一致していることを確認してください。</translation>
    </message>
    <message>
        <source>Recorded at registration; it carries the flow token and the ob parameter identifying the edge proxy.</source>
        <comment>header Path</comment>
        <extracomment>Why to inspect the Path header</extracomment>
        <translation>登録時に記録され、フロートークンと、エッジプロキシを識別する ob パラメータを含みます。</translation>
    </message>
    <message>
        <source>The binding&apos;s +sip.instance and reg-id show which instance and flow failed.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>バインディングの +sip.instance と reg-id から、どのインスタンスとフローで障害が発生したかがわかります。</translation>
    </message>
    <message>
        <source>Tells the UA how often to send keepalives; too long a value lets NAT bindings expire.</source>
        <comment>header Flow-Timer</comment>
        <extracomment>Why to inspect the Flow-Timer header</extracomment>
        <translation>UA にキープアライブの送信間隔を伝えます。値が長すぎると NAT バインディングが期限切れになります。</translation>
    </message>
    <message>
        <source>A 480 is what the caller should see when no flow to the user works.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>480 は、ユーザーへのどのフローも使えない場合に発信側が受け取るべき応答です。</translation>
    </message>
    <message>
        <source>A 439 is the registration-time outbound failure, when the edge proxy lacks outbound support.</source>
        <comment>related 439</comment>
        <extracomment>How 439 differs</extracomment>
        <translation>439 は登録時の Outbound の失敗で、エッジプロキシが Outbound をサポートしていない場合に返されます。</translation>
    </message>
    <message>
        <source>A 408 is what a proxy reports when a branch simply times out instead of failing fast.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>408 は、ブランチが即座に失敗するのではなく単にタイムアウトした場合にプロキシが報告するものです。</translation>
    </message>
</context>
<context>
    <name>sip:433</name>
    <message>
        <source>Anonymity Disallowed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>匿名は許可されていません</translation>
    </message>
    <message>
        <source>The request was anonymous and the callee&apos;s or the network&apos;s policy rejects anonymous requests.</source>
        <comment>summary</comment>
        <translation>リクエストが匿名であり、着信側またはネットワークのポリシーが匿名のリクエストを拒否しています。</translation>
    </message>
    <message>
        <source>The recipient refuses the request because the sender hid its identity, for example with Privacy: id, an anonymous From, or no asserted identity at all. It gives a clear, standard way to express anonymous call rejection instead of a generic 403 or 603. The caller can succeed by revealing its identity and trying again.</source>
        <comment>description</comment>
        <translation>送信者が Privacy: id、匿名の From、またはアサートされた ID の欠如などにより身元を隠しているため、受信側はリクエストを拒否します。汎用的な 403 や 603 ではなく、非通知着信拒否を明確かつ標準的な方法で表現できます。発信側は身元を明かして再試行すれば成功できます。</translation>
    </message>
    <message>
        <source>A caller with caller ID withheld (CLIR) dials a subscriber who has anonymous call rejection enabled. An enterprise SBC or PBX rejects calls whose From is sip:anonymous@anonymous.invalid. A trunk or upstream proxy adds Privacy: id or strips P-Asserted-Identity, so calls look anonymous even though the caller did not withhold the number.</source>
        <comment>seenWhen</comment>
        <translation>発信者番号を非通知（CLIR）にした発信者が、非通知着信拒否を有効にしている加入者に発信した場合です。企業の SBC や PBX が From が sip:anonymous@anonymous.invalid である呼を拒否する場合にも発生します。トランクや上流のプロキシが Privacy: id を付与したり P-Asserted-Identity を削除したりすると、発信者が番号を非通知にしていなくても呼が匿名に見えることがあります。</translation>
    </message>
    <message>
        <source>A called UA, or a proxy or application server implementing an anonymous call rejection service for the callee.</source>
        <comment>sentBy</comment>
        <translation>着信側 UA、または着信側のために非通知着信拒否サービスを実装するプロキシやアプリケーションサーバーが送信します。</translation>
    </message>
    <message>
        <source>The same anonymous request will always be rejected. Retry only with the caller&apos;s identity presented; routing elsewhere does not help because the policy belongs to the callee.</source>
        <comment>retryNote</comment>
        <translation>同じ匿名のリクエストは常に拒否されます。発信者の ID を提示した場合に限り再試行してください。ポリシーは着信側のものなので、別の経路にルーティングしても効果はありません。</translation>
    </message>
    <message>
        <source>Check the From, Privacy and P-Asserted-Identity headers of the rejected INVITE to see why it was treated as anonymous.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>拒否された INVITE の From、Privacy、P-Asserted-Identity ヘッダを確認し、なぜ匿名として扱われたかを調べてください。</translation>
    </message>
    <message>
        <source>If the caller withheld the number, present caller ID and call again.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>発信者が番号を非通知にしていた場合は、発信者番号を通知して再度発信してください。</translation>
    </message>
    <message>
        <source>If the caller did not withhold it, find the trunk, PBX or SBC that inserted Privacy: id or removed the asserted identity.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>発信者が非通知にしていなかった場合は、Privacy: id を挿入した、またはアサートされた ID を削除したトランク、PBX、SBC を特定してください。</translation>
    </message>
    <message>
        <source>If anonymous calls should be allowed, disable anonymous call rejection for that callee or policy.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>匿名の呼を許可すべき場合は、その着信側またはポリシーで非通知着信拒否を無効にしてください。</translation>
    </message>
    <message>
        <source>A value of id or user is a common reason for the request to be treated as anonymous.</source>
        <comment>header Privacy</comment>
        <extracomment>Why to inspect the Privacy header</extracomment>
        <translation>id や user という値は、リクエストが匿名として扱われるよくある原因です。</translation>
    </message>
    <message>
        <source>An anonymous display name or anonymous.invalid host marks the call as anonymous.</source>
        <comment>header From</comment>
        <extracomment>Why to inspect the From header</extracomment>
        <translation>匿名の表示名や anonymous.invalid のホストにより、呼は匿名とみなされます。</translation>
    </message>
    <message>
        <source>A missing asserted identity in a trusted network can also trigger the rejection.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation>信頼されたネットワークでアサートされた ID が欠落している場合も、拒否の原因になります。</translation>
    </message>
    <message>
        <source>A 403 is a generic policy refusal; 433 states that anonymity was the reason.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>403 は汎用的なポリシーによる拒否で、433 は匿名であることが理由であると明示します。</translation>
    </message>
    <message>
        <source>A 603 is a decline by the user without saying why.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>603 は、理由を示さないユーザーによる拒否です。</translation>
    </message>
</context>
<context>
    <name>sip:436</name>
    <message>
        <source>Bad Identity Info</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>不正な Identity 情報</translation>
    </message>
    <message>
        <source>The certificate URL in the Identity header could not be fetched or uses an unsupported scheme.</source>
        <comment>summary</comment>
        <translation>Identity ヘッダの証明書 URL を取得できないか、サポートされていないスキームが使用されています。</translation>
    </message>
    <message>
        <source>The request carried an Identity header, but the verifier could not retrieve the credential it points to through the info parameter (in SHAKEN, the certificate URL that also appears as x5u in the PASSporT). The URI may be unreachable, return an error, or use a scheme the verifier does not support. The name was registered as Bad Identity-Info with RFC 4474 and changed to Bad Identity Info with RFC 8224.</source>
        <comment>description</comment>
        <translation>リクエストには Identity ヘッダが含まれていましたが、検証側は info パラメータ（SHAKEN では、PASSporT 内の x5u にも現れる証明書 URL）が指すクレデンシャルを取得できませんでした。URI に到達できない、エラーが返る、または検証側がサポートしないスキームを使用している可能性があります。名称は RFC 4474 で Bad Identity-Info として登録され、RFC 8224 で Bad Identity Info に変更されました。</translation>
    </message>
    <message>
        <source>A terminating carrier&apos;s verification service cannot reach the signing provider&apos;s certificate repository because of DNS failure, a TLS error, an HTTP 404 or a firewall blocking outbound HTTPS. The signing side publishes the certificate on an internal host or uses an http: URL the verifier refuses. Verification timeouts under load can also produce it.</source>
        <comment>seenWhen</comment>
        <translation>DNS の障害、TLS エラー、HTTP 404、または外向き HTTPS を遮断するファイアウォールにより、着信側キャリアの検証サービスが署名元プロバイダーの証明書リポジトリに到達できない場合です。署名側が証明書を内部ホストで公開している場合や、検証側が拒否する http: URL を使用している場合にも発生します。高負荷時の検証タイムアウトが原因になることもあります。</translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, usually inside the terminating carrier&apos;s SBC or a proxy in front of the called user, when it is set to reject calls that fail verification.</source>
        <comment>sentBy</comment>
        <translation>STIR/SHAKEN の検証サービスが、検証に失敗した呼を拒否するよう設定されている場合に送信します。通常は着信側キャリアの SBC や、着信ユーザーの前段にあるプロキシの内部にあります。</translation>
    </message>
    <message>
        <source>Repeating the same signed request gives the same result. The call can succeed only after the originating side fixes its signing or the path stops altering the request; a router may try a route that delivers the call with valid signing.</source>
        <comment>retryNote</comment>
        <translation>同じ署名付きリクエストを繰り返しても結果は同じです。呼が成功するのは、発信元側が署名を修正するか、経路上でリクエストが改変されなくなった後に限られます。ルーターは、有効な署名付きで呼を届けられるルートを試すことができます。</translation>
    </message>
    <message>
        <source>Take the info URL from the Identity header and fetch it from the verifier&apos;s network, checking DNS, TLS and the HTTP status.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Identity ヘッダから info の URL を取り出し、検証側のネットワークから取得して、DNS、TLS、HTTP ステータスを確認してください。</translation>
    </message>
    <message>
        <source>Make sure the certificate repository is public, served over HTTPS and returns the certificate chain with the expected content type.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>証明書リポジトリが公開されており、HTTPS で提供され、想定どおりのコンテンツタイプで証明書チェーンを返すことを確認してください。</translation>
    </message>
    <message>
        <source>Open outbound HTTPS from the verification service and check its fetch timeout and cache.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>検証サービスからの外向き HTTPS を開放し、取得のタイムアウトとキャッシュを確認してください。</translation>
    </message>
    <message>
        <source>Ask the signing provider to correct the URL if it points to an unreachable or internal host.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>URL が到達不能なホストや内部ホストを指している場合は、署名元プロバイダーに修正を依頼してください。</translation>
    </message>
    <message>
        <source>Its info parameter, and the x5u claim inside the PASSporT, name the certificate URL to test.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation>その info パラメータと、PASSporT 内の x5u クレームが、確認すべき証明書 URL を示します。</translation>
    </message>
    <message>
        <source>A 437 means the certificate was fetched but is not accepted or trusted.</source>
        <comment>related 437</comment>
        <extracomment>How 437 differs</extracomment>
        <translation>437 は、証明書は取得できたものの、受け入れられないか信頼されていないことを意味します。</translation>
    </message>
    <message>
        <source>A 438 means the signature or claims themselves failed verification.</source>
        <comment>related 438</comment>
        <extracomment>How 438 differs</extracomment>
        <translation>438 は、署名またはクレーム自体の検証に失敗したことを意味します。</translation>
    </message>
    <message>
        <source>A 428 means there was no Identity header to check at all.</source>
        <comment>related 428</comment>
        <extracomment>How 428 differs</extracomment>
        <translation>428 は、確認すべき Identity ヘッダがまったくなかったことを意味します。</translation>
    </message>
</context>
<context>
    <name>sip:437</name>
    <message>
        <source>Unsupported Credential</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>サポートされていないクレデンシャル</translation>
    </message>
    <message>
        <source>The verifier fetched the signing certificate but does not support or trust it.</source>
        <comment>summary</comment>
        <translation>検証側は署名証明書を取得しましたが、それをサポートしていないか信頼していません。</translation>
    </message>
    <message>
        <source>The credential referenced by the Identity header was retrieved, but the verifier cannot use it: the certificate type or algorithm is not supported, or it does not chain to an authority the verifier trusts. RFC 4474 registered this code as Unsupported Certificate; RFC 8224 renamed it to cover credentials in general.</source>
        <comment>description</comment>
        <translation>Identity ヘッダが参照するクレデンシャルは取得できましたが、検証側はそれを使用できません。証明書の種類やアルゴリズムがサポートされていないか、検証側が信頼する認証局までチェーンがつながっていません。RFC 4474 ではこのコードは Unsupported Certificate として登録され、RFC 8224 でクレデンシャル全般を対象とするよう名称が変更されました。</translation>
    </message>
    <message>
        <source>In STIR/SHAKEN, a certificate issued by a CA that is not on the verifier&apos;s list of approved STI-CAs is rejected this way. It also happens when a verifier&apos;s trust store is outdated after a new CA is approved, or when a test certificate is used on a production interconnect.</source>
        <comment>seenWhen</comment>
        <translation>STIR/SHAKEN では、検証側の承認済み STI-CA リストにない CA が発行した証明書はこのように拒否されます。新しい CA が承認された後に検証側のトラストストアが古いままになっている場合や、本番の相互接続でテスト用証明書が使用された場合にも発生します。</translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, usually inside the terminating carrier&apos;s SBC or a proxy in front of the called user, when it is set to reject calls that fail verification.</source>
        <comment>sentBy</comment>
        <translation>STIR/SHAKEN の検証サービスが、検証に失敗した呼を拒否するよう設定されている場合に送信します。通常は着信側キャリアの SBC や、着信ユーザーの前段にあるプロキシの内部にあります。</translation>
    </message>
    <message>
        <source>Repeating the same signed request gives the same result. The call can succeed only after the originating side fixes its signing or the path stops altering the request; a router may try a route that delivers the call with valid signing.</source>
        <comment>retryNote</comment>
        <translation>同じ署名付きリクエストを繰り返しても結果は同じです。呼が成功するのは、発信元側が署名を修正するか、経路上でリクエストが改変されなくなった後に限られます。ルーターは、有効な署名付きで呼を届けられるルートを試すことができます。</translation>
    </message>
    <message>
        <source>Download the certificate from the info URL and check its issuer chain against the verifier&apos;s trust anchors.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>info の URL から証明書をダウンロードし、その発行者チェーンを検証側のトラストアンカーと照合してください。</translation>
    </message>
    <message>
        <source>Update the verifier&apos;s trust list of authorised certificate authorities if it is outdated.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>検証側の認可済み認証局の信頼リストが古い場合は、更新してください。</translation>
    </message>
    <message>
        <source>Check the certificate&apos;s algorithm and extensions, for example ES256 keys and the TN authorization list extension used in SHAKEN.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>証明書のアルゴリズムと拡張（たとえば SHAKEN で使用される ES256 鍵や TN Authorization List 拡張）を確認してください。</translation>
    </message>
    <message>
        <source>Ask the signing provider to use a certificate from an approved authority if the chain is genuinely untrusted.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>チェーンが本当に信頼できないものである場合は、承認済みの認証局の証明書を使用するよう署名元プロバイダーに依頼してください。</translation>
    </message>
    <message>
        <source>Points to the credential that was refused; use its info URL to fetch and inspect the certificate.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation>拒否されたクレデンシャルを指します。その info の URL を使って証明書を取得し、内容を確認してください。</translation>
    </message>
    <message>
        <source>A 436 means the credential could not be fetched at all.</source>
        <comment>related 436</comment>
        <extracomment>How 436 differs</extracomment>
        <translation>436 は、クレデンシャルをまったく取得できなかったことを意味します。</translation>
    </message>
    <message>
        <source>A 438 means the credential was fine but the signature or claims did not verify.</source>
        <comment>related 438</comment>
        <extracomment>How 438 differs</extracomment>
        <translation>438 は、クレデンシャルには問題がなかったものの、署名またはクレームの検証に失敗したことを意味します。</translation>
    </message>
    <message>
        <source>A 428 means the request arrived without an Identity header.</source>
        <comment>related 428</comment>
        <extracomment>How 428 differs</extracomment>
        <translation>428 は、リクエストが Identity ヘッダなしで届いたことを意味します。</translation>
    </message>
</context>
<context>
    <name>sip:438</name>
    <message>
        <source>Invalid Identity Header</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>無効な Identity ヘッダ</translation>
    </message>
    <message>
        <source>The Identity header&apos;s signature or its claims did not verify against the request.</source>
        <comment>summary</comment>
        <translation>Identity ヘッダの署名またはクレームが、リクエストに対して検証されませんでした。</translation>
    </message>
    <message>
        <source>The verifier obtained a usable credential, but the Identity header failed validation: the signature is wrong, the header is malformed, or the signed claims (such as the originating and destination numbers) do not match the request as received. Stale signatures are handled separately with 403 and the reason phrase Stale Date. The code was first defined in RFC 4474 and kept by RFC 8224, which obsoletes it.</source>
        <comment>description</comment>
        <translation>検証側は使用可能なクレデンシャルを取得しましたが、Identity ヘッダの検証に失敗しました。署名が誤っている、ヘッダの形式が不正である、または署名されたクレーム（発信番号や着信番号など）が受信したリクエストと一致しない、のいずれかです。古くなった署名は別扱いで、403 と理由フレーズ Stale Date で処理されます。このコードは RFC 4474 で最初に定義され、RFC 4474 を廃止した RFC 8224 でも維持されています。</translation>
    </message>
    <message>
        <source>A B2BUA or SBC rewrites the From or To number after the call was signed, for example adding or stripping a + or a national prefix, so orig or dest in the PASSporT no longer matches. The header is truncated or altered by a device that folds or re-encodes long headers. The signer uses a private key that does not match the published certificate.</source>
        <comment>seenWhen</comment>
        <translation>署名後に B2BUA や SBC が From や To の番号を書き換えた（たとえば + や国内プレフィックスの付加・削除）ため、PASSporT の orig や dest が一致しなくなった場合です。長いヘッダを折り返したり再エンコードしたりする機器によって、ヘッダが切り詰められたり改変されたりする場合もあります。署名者が公開証明書と一致しない秘密鍵を使用している場合にも発生します。</translation>
    </message>
    <message>
        <source>A STIR/SHAKEN verification service, usually inside the terminating carrier&apos;s SBC or a proxy in front of the called user, when it is set to reject calls that fail verification.</source>
        <comment>sentBy</comment>
        <translation>STIR/SHAKEN の検証サービスが、検証に失敗した呼を拒否するよう設定されている場合に送信します。通常は着信側キャリアの SBC や、着信ユーザーの前段にあるプロキシの内部にあります。</translation>
    </message>
    <message>
        <source>Repeating the same signed request gives the same result. The call can succeed only after the originating side fixes its signing or the path stops altering the request; a router may try a route that delivers the call with valid signing.</source>
        <comment>retryNote</comment>
        <translation>同じ署名付きリクエストを繰り返しても結果は同じです。呼が成功するのは、発信元側が署名を修正するか、経路上でリクエストが改変されなくなった後に限られます。ルーターは、有効な署名付きで呼を届けられるルートを試すことができます。</translation>
    </message>
    <message>
        <source>Decode the PASSporT in the Identity header and compare its orig and dest numbers with From, P-Asserted-Identity and To in the received INVITE.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Identity ヘッダの PASSporT をデコードし、その orig と dest の番号を、受信した INVITE の From、P-Asserted-Identity、To と比較してください。</translation>
    </message>
    <message>
        <source>Find any hop that manipulates numbers after signing and move the manipulation before the authentication service, or re-sign after it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>署名後に番号を操作しているホップを特定し、その操作を認証サービスの前に移すか、操作の後で再署名してください。</translation>
    </message>
    <message>
        <source>Check that the Identity header arrives unmodified and complete, without line folding or truncation.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Identity ヘッダが、行の折り返しや切り詰めなしに、改変されず完全な形で届いていることを確認してください。</translation>
    </message>
    <message>
        <source>Confirm with the signing provider that the key used matches the certificate at the info URL.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>使用している鍵が info の URL にある証明書と一致していることを、署名元プロバイダーに確認してください。</translation>
    </message>
    <message>
        <source>Decode the PASSporT and check the signature, orig, dest and iat claims.</source>
        <comment>header Identity</comment>
        <extracomment>Why to inspect the Identity header</extracomment>
        <translation>PASSporT をデコードし、署名と orig、dest、iat の各クレームを確認してください。</translation>
    </message>
    <message>
        <source>Often the number compared against the orig claim; rewriting it breaks verification.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation>orig クレームと比較される番号であることが多く、これを書き換えると検証に失敗します。</translation>
    </message>
    <message>
        <source>A 436 means the credential could not be fetched, so verification never started.</source>
        <comment>related 436</comment>
        <extracomment>How 436 differs</extracomment>
        <translation>436 は、クレデンシャルを取得できず、検証が開始すらされなかったことを意味します。</translation>
    </message>
    <message>
        <source>A 437 means the credential was fetched but not trusted.</source>
        <comment>related 437</comment>
        <extracomment>How 437 differs</extracomment>
        <translation>437 は、クレデンシャルは取得できたものの信頼されなかったことを意味します。</translation>
    </message>
    <message>
        <source>RFC 8224 uses 403 with reason Stale Date when the signature is too old, not 438.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>RFC 8224 では、署名が古すぎる場合は 438 ではなく、理由 Stale Date を付けた 403 を使用します。</translation>
    </message>
</context>
<context>
    <name>sip:439</name>
    <message>
        <source>First Hop Lacks Outbound Support</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>最初のホップが Outbound をサポートしていません</translation>
    </message>
    <message>
        <source>The UA asked for SIP outbound, but the edge proxy in front of the registrar did not signal outbound support.</source>
        <comment>summary</comment>
        <translation>UA は SIP Outbound を要求しましたが、レジストラの前段にあるエッジプロキシが Outbound のサポートを示しませんでした。</translation>
    </message>
    <message>
        <source>A UA using RFC 5626 outbound registers with a reg-id and +sip.instance in its Contact, expecting the first-hop edge proxy to maintain the flow. The registrar supports outbound but finds no sign that the first hop does, usually because the Path header is missing or lacks the ob parameter. It refuses the outbound registration so the UA can decide how to proceed.</source>
        <comment>description</comment>
        <translation>RFC 5626 の Outbound を使用する UA は、Contact に reg-id と +sip.instance を付けて登録し、最初のホップであるエッジプロキシがフローを維持することを期待します。レジストラは Outbound をサポートしていますが、最初のホップがサポートしている形跡を見つけられません。通常は Path ヘッダがないか、ob パラメータが欠けていることが原因です。UA が次の対応を判断できるよう、レジストラは Outbound の登録を拒否します。</translation>
    </message>
    <message>
        <source>Linphone, JsSIP, SIP.js or other WebRTC and mobile clients with outbound enabled register through an SBC or proxy that does not implement RFC 5626. A Kamailio edge proxy has the path module loaded but not the outbound module, so it adds Path without ob. A middlebox strips the Path header before the registrar sees it.</source>
        <comment>seenWhen</comment>
        <translation>Outbound を有効にした Linphone、JsSIP、SIP.js などの WebRTC クライアントやモバイルクライアントが、RFC 5626 を実装していない SBC やプロキシ経由で登録する場合です。Kamailio のエッジプロキシで path モジュールは読み込まれているものの outbound モジュールが読み込まれておらず、ob なしの Path が付与される場合もあります。中間装置がレジストラに届く前に Path ヘッダを削除している場合にも発生します。</translation>
    </message>
    <message>
        <source>A registrar that implements SIP outbound and receives an outbound-style registration through a first hop that does not advertise outbound.</source>
        <comment>sentBy</comment>
        <translation>SIP Outbound を実装したレジストラが、Outbound を通知していない最初のホップ経由で Outbound 形式の登録を受信した場合に送信します。</translation>
    </message>
    <message>
        <source>The UA may re-register at once without the reg-id parameter, giving up outbound, or try a different edge proxy that supports it. Repeating the same REGISTER through the same edge proxy will be refused again.</source>
        <comment>retryNote</comment>
        <translation>UA は Outbound をあきらめて reg-id パラメータなしで直ちに再登録するか、Outbound をサポートする別のエッジプロキシを試すことができます。同じエッジプロキシ経由で同じ REGISTER を繰り返すと、再び拒否されます。</translation>
    </message>
    <message>
        <source>Check the REGISTER as it reaches the registrar for a Path header and an ob parameter on it.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>レジストラに届いた時点の REGISTER に、Path ヘッダとその ob パラメータがあるか確認してください。</translation>
    </message>
    <message>
        <source>Enable outbound support on the edge proxy, for example the outbound and path modules in Kamailio.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>エッジプロキシで Outbound のサポートを有効にしてください（たとえば Kamailio の outbound モジュールと path モジュール）。</translation>
    </message>
    <message>
        <source>If the edge cannot support outbound, turn off outbound on the UA so it registers without reg-id.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>エッジ側が Outbound をサポートできない場合は、UA の Outbound を無効にし、reg-id なしで登録させてください。</translation>
    </message>
    <message>
        <source>Make sure no SBC between the edge proxy and the registrar removes Path headers.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>エッジプロキシとレジストラの間にある SBC が Path ヘッダを削除していないことを確認してください。</translation>
    </message>
    <message>
        <source>Should carry the ob parameter when the first hop supports outbound.</source>
        <comment>header Path</comment>
        <extracomment>Why to inspect the Path header</extracomment>
        <translation>最初のホップが Outbound をサポートしている場合は、ob パラメータを含んでいる必要があります。</translation>
    </message>
    <message>
        <source>The reg-id and +sip.instance parameters show the UA asked for outbound.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>reg-id と +sip.instance パラメータから、UA が Outbound を要求したことがわかります。</translation>
    </message>
    <message>
        <source>Should list outbound on the REGISTER.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>REGISTER では outbound を列挙している必要があります。</translation>
    </message>
    <message>
        <source>A 430 is the outbound failure seen later, when a registered flow has died.</source>
        <comment>related 430</comment>
        <extracomment>How 430 differs</extracomment>
        <translation>430 は後になって見られる Outbound の障害で、登録済みのフローが切れた場合に発生します。</translation>
    </message>
    <message>
        <source>A 421 is the general case of a missing required extension.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>421 は、必須の拡張が欠けている場合の一般的なケースです。</translation>
    </message>
    <message>
        <source>A 420 appears if outbound was placed in Require and the peer does not support it.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>420 は、outbound が Require に指定されていてピアがそれをサポートしていない場合に現れます。</translation>
    </message>
</context>
<context>
    <name>sip:440</name>
    <message>
        <source>Max-Breadth Exceeded</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>Max-Breadth 超過</translation>
    </message>
    <message>
        <source>The proxy cannot fork the request because the Max-Breadth budget for parallel branches is used up.</source>
        <comment>summary</comment>
        <translation>並列ブランチ用の Max-Breadth の割り当てを使い切ったため、プロキシはリクエストをフォークできません。</translation>
    </message>
    <message>
        <source>RFC 5393 added the Max-Breadth header to stop forking proxies from multiplying one request into an explosion of branches. Each proxy shares the available breadth among the parallel branches it creates, and when too little is left to create the branches it needs, it answers 440. The default starting value is 60.</source>
        <comment>description</comment>
        <translation>RFC 5393 は、フォーキングプロキシが 1 つのリクエストを爆発的な数のブランチに増殖させないよう、Max-Breadth ヘッダを追加しました。各プロキシは生成する並列ブランチ間で利用可能な幅を分配し、必要なブランチを生成するのに十分な値が残っていない場合は 440 で応答します。デフォルトの初期値は 60 です。</translation>
    </message>
    <message>
        <source>Large ring-all hunt groups where each member also has several registered devices, so successive proxies fork again and again. Chains of PBXs and hosted services that each fork the call in parallel. A forking loop between two proxies whose aliases point at each other is cut off by Max-Breadth before Max-Forwards reaches zero.</source>
        <comment>seenWhen</comment>
        <translation>大規模な一斉呼び出しのハントグループで、各メンバーがさらに複数の端末を登録しているため、後続のプロキシが何度もフォークを繰り返す場合です。それぞれが呼を並列にフォークする PBX やホスティングサービスが連鎖している場合にも発生します。エイリアスが互いを指し合う 2 つのプロキシ間のフォーキングループは、Max-Forwards が 0 になる前に Max-Breadth によって打ち切られます。</translation>
    </message>
    <message>
        <source>A forking proxy that implements RFC 5393 and does not have enough Max-Breadth left to create the branches its routing logic requires.</source>
        <comment>sentBy</comment>
        <translation>RFC 5393 を実装し、ルーティングロジックが必要とするブランチを生成するのに十分な Max-Breadth が残っていないフォーキングプロキシが送信します。</translation>
    </message>
    <message>
        <source>Retrying unchanged will hit the same limit. The forking design or routing loop has to be fixed; a client retry does not help.</source>
        <comment>retryNote</comment>
        <translation>変更せずに再試行しても同じ上限に達します。フォーキングの設計やルーティングループを修正する必要があり、クライアントの再試行では解決しません。</translation>
    </message>
    <message>
        <source>Follow the Max-Breadth value hop by hop in the trace to see where the budget ran out.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>トレースで Max-Breadth の値をホップごとに追い、どこで割り当てが尽きたかを確認してください。</translation>
    </message>
    <message>
        <source>Reduce parallel fan-out: use sequential forking or smaller ring groups, or limit contacts per user.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>並列の分岐数を減らしてください。順次フォーキングや小規模なリンググループを使用するか、ユーザーあたりのコンタクト数を制限します。</translation>
    </message>
    <message>
        <source>Look for forking loops where proxies route the same target back and forth.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>プロキシ同士が同じターゲットを行き来させるフォーキングループがないか確認してください。</translation>
    </message>
    <message>
        <source>Raise the initial Max-Breadth at the first proxy only if the fan-out is legitimate.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>最初のプロキシで Max-Breadth の初期値を引き上げるのは、その分岐数が正当なものである場合に限ってください。</translation>
    </message>
    <message>
        <source>The remaining parallel-forking budget on the request at each hop.</source>
        <comment>header Max-Breadth</comment>
        <extracomment>Why to inspect the Max-Breadth header</extracomment>
        <translation>各ホップにおけるリクエストの並列フォーキングの残り割り当てです。</translation>
    </message>
    <message>
        <source>Shows the path the request took and reveals repeated forking proxies.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>リクエストがたどった経路を示し、フォークを繰り返しているプロキシを明らかにします。</translation>
    </message>
    <message>
        <source>Together with Max-Breadth, shows how deep and wide the request has spread.</source>
        <comment>header Max-Forwards</comment>
        <extracomment>Why to inspect the Max-Forwards header</extracomment>
        <translation>Max-Breadth と合わせて、リクエストがどれだけ深く、広く広がったかを示します。</translation>
    </message>
    <message>
        <source>A 482 catches a request that comes back to the same proxy unchanged.</source>
        <comment>related 482</comment>
        <extracomment>How 482 differs</extracomment>
        <translation>482 は、同じプロキシに変更なしで戻ってきたリクエストを検出します。</translation>
    </message>
    <message>
        <source>A 483 limits how many hops a request may take; 440 limits how wide it may fork.</source>
        <comment>related 483</comment>
        <extracomment>How 483 differs</extracomment>
        <translation>483 はリクエストが経由できるホップ数を制限し、440 はフォークできる幅を制限します。</translation>
    </message>
</context>
<context>
    <name>sip:469</name>
    <message>
        <source>Bad Info Package</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>不正な Info Package</translation>
    </message>
    <message>
        <source>An INFO request used an Info Package the receiver never said it would accept.</source>
        <comment>summary</comment>
        <translation>INFO リクエストが、受信側が受け付けると表明していない Info Package を使用しました。</translation>
    </message>
    <message>
        <source>With the RFC 6086 INFO framework, each side lists the Info Packages it is willing to receive in a Recv-Info header during dialog setup or later. When an INFO arrives with an Info-Package value the receiver did not announce, it answers 469 and includes Recv-Info listing the packages it will take. The failure affects only that INFO; the dialog and call continue.</source>
        <comment>description</comment>
        <translation>RFC 6086 の INFO フレームワークでは、各側はダイアログ確立時またはその後に、受信する意思のある Info Package を Recv-Info ヘッダに列挙します。受信側が表明していない Info-Package の値を持つ INFO が届くと、受信側は 469 で応答し、受け付けるパッケージを列挙した Recv-Info を含めます。失敗するのはその INFO だけで、ダイアログと呼は継続します。</translation>
    </message>
    <message>
        <source>A gateway sends DTMF or other application data in INFO with an Info-Package header the far end never listed in Recv-Info. A B2BUA or SBC drops the Recv-Info header from the INVITE or 200 OK, so the two ends disagree about what was negotiated. Legacy INFO without an Info-Package header does not trigger 469.</source>
        <comment>seenWhen</comment>
        <translation>ゲートウェイが、遠端が Recv-Info に列挙していない Info-Package ヘッダを付けて、DTMF などのアプリケーションデータを INFO で送信する場合です。B2BUA や SBC が INVITE や 200 OK から Recv-Info ヘッダを削除したために、ネゴシエーション結果について両端の認識が食い違うこともあります。Info-Package ヘッダのない従来型の INFO では 469 は発生しません。</translation>
    </message>
    <message>
        <source>The UA at the far end of the dialog, answering an INFO whose Info-Package it did not ask to receive.</source>
        <comment>sentBy</comment>
        <translation>ダイアログの遠端にある UA が、受信を要求していない Info-Package を持つ INFO に対して応答します。</translation>
    </message>
    <message>
        <source>Only send INFO for a package listed in the peer&apos;s Recv-Info. The dialog is unaffected, so the sender can renegotiate packages with a re-INVITE or UPDATE and try again.</source>
        <comment>retryNote</comment>
        <translation>INFO は、ピアの Recv-Info に列挙されたパッケージに対してのみ送信してください。ダイアログには影響がないため、送信側は re-INVITE や UPDATE でパッケージを再ネゴシエーションしてから再試行できます。</translation>
    </message>
    <message>
        <source>Read the Recv-Info header in the 469 to see which packages the receiver accepts.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>469 の Recv-Info ヘッダを読み、受信側が受け付けるパッケージを確認してください。</translation>
    </message>
    <message>
        <source>Check the INVITE, 200 OK and any UPDATE for Recv-Info and confirm the package was announced.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>INVITE、200 OK、および UPDATE の Recv-Info を確認し、そのパッケージが表明されていたことを確かめてください。</translation>
    </message>
    <message>
        <source>Make sure B2BUAs and SBCs on the path pass Recv-Info and Info-Package headers through.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>経路上の B2BUA や SBC が Recv-Info ヘッダと Info-Package ヘッダを通過させていることを確認してください。</translation>
    </message>
    <message>
        <source>For DTMF, consider RFC 4733 telephone-events in the media path instead of INFO if the peers cannot agree on a package.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>DTMF の場合、ピア間でパッケージについて合意できないときは、INFO の代わりにメディアパス上の RFC 4733 telephone-event の使用を検討してください。</translation>
    </message>
    <message>
        <source>Lists the Info Packages the receiver is willing to accept.</source>
        <comment>header Recv-Info</comment>
        <extracomment>Why to inspect the Recv-Info header</extracomment>
        <translation>受信側が受け付ける Info Package を列挙します。</translation>
    </message>
    <message>
        <source>The package the rejected INFO claimed to carry.</source>
        <comment>header Info-Package</comment>
        <extracomment>Why to inspect the Info-Package header</extracomment>
        <translation>拒否された INFO が運んでいると主張したパッケージです。</translation>
    </message>
    <message>
        <source>A 415 rejects the body&apos;s media type; 469 rejects the Info Package itself.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>415 はボディのメディアタイプを拒否するもので、469 は Info Package 自体を拒否するものです。</translation>
    </message>
    <message>
        <source>A 489 is the SUBSCRIBE/NOTIFY counterpart for an unknown event package.</source>
        <comment>related 489</comment>
        <extracomment>How 489 differs</extracomment>
        <translation>489 は、未知のイベントパッケージに対する SUBSCRIBE/NOTIFY 版の応答です。</translation>
    </message>
    <message>
        <source>A 481 to an INFO means the dialog itself no longer exists.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation>INFO に対する 481 は、ダイアログ自体がもう存在しないことを意味します。</translation>
    </message>
</context>
<context>
    <name>sip:470</name>
    <message>
        <source>Consent Needed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>同意が必要</translation>
    </message>
    <message>
        <source>A relay will not forward to some recipients because they have not given consent to receive traffic.</source>
        <comment>summary</comment>
        <translation>一部の受信者がトラフィックの受信に同意していないため、リレーはそれらへの転送を行いません。</translation>
    </message>
    <message>
        <source>RFC 5360 defines a consent framework for relays, such as URI-list servers, that turn one request into traffic toward other addresses. A 470 says at least one target has not granted permission for this sender, and the response lists the affected URIs in a Permission-Missing header. The sender can ask those recipients for consent and retry once it has been granted.</source>
        <comment>description</comment>
        <translation>RFC 5360 は、URI リストサーバーなど、1 つのリクエストを他のアドレス宛てのトラフィックに変換するリレーのための同意フレームワークを定義しています。470 は、少なくとも 1 つのターゲットがこの送信者に許可を与えていないことを示し、応答では影響を受ける URI が Permission-Missing ヘッダに列挙されます。送信者はそれらの受信者に同意を求め、同意が得られた後に再試行できます。</translation>
    </message>
    <message>
        <source>A client sends a MESSAGE or INVITE with a URI list to an exploder or conference service that enforces consent. A relay that translates an address into other destinations refuses to forward to targets that have not opted in. It is uncommon outside deployments that implement the consent framework.</source>
        <comment>seenWhen</comment>
        <translation>クライアントが、同意を強制するエクスプローダーや会議サービスに URI リスト付きの MESSAGE や INVITE を送信する場合です。アドレスを他の宛先に変換するリレーが、オプトインしていないターゲットへの転送を拒否する場合にも発生します。同意フレームワークを実装した環境以外ではまれです。</translation>
    </message>
    <message>
        <source>A relay such as a URI-list server or translating proxy that requires recipient consent before forwarding requests to them.</source>
        <comment>sentBy</comment>
        <translation>リクエストを転送する前に受信者の同意を必要とする、URI リストサーバーや変換プロキシなどのリレーが送信します。</translation>
    </message>
    <message>
        <source>Retry after consent has been granted or without the targets listed in Permission-Missing. Sending the same request again before that will be refused.</source>
        <comment>retryNote</comment>
        <translation>同意が得られた後に、または Permission-Missing に列挙されたターゲットを除いて再試行してください。それより前に同じリクエストを再送しても拒否されます。</translation>
    </message>
    <message>
        <source>Read the Permission-Missing header to see which target URIs lack consent.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Permission-Missing ヘッダを読み、どのターゲット URI の同意が欠けているかを確認してください。</translation>
    </message>
    <message>
        <source>Trigger consent requests toward those targets using the mechanism the relay supports, then wait for them to accept.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>リレーがサポートする仕組みを使ってそれらのターゲットへの同意要求を発動し、承諾されるまで待ってください。</translation>
    </message>
    <message>
        <source>Remove the targets that have not consented and resend the request for the rest.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>同意していないターゲットを除外し、残りについてリクエストを再送してください。</translation>
    </message>
    <message>
        <source>Lists the URIs for which the relay has no permission.</source>
        <comment>header Permission-Missing</comment>
        <extracomment>Why to inspect the Permission-Missing header</extracomment>
        <translation>リレーが許可を持たない URI を列挙します。</translation>
    </message>
    <message>
        <source>Used by the sender to ask the relay to start the consent request toward the targets.</source>
        <comment>header Trigger-Consent</comment>
        <extracomment>Why to inspect the Trigger-Consent header</extracomment>
        <translation>送信者が、ターゲットへの同意要求を開始するようリレーに依頼するために使用します。</translation>
    </message>
    <message>
        <source>A 403 is an outright policy refusal with no route to fixing it by obtaining consent.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>403 は完全なポリシーによる拒否で、同意を得ることで解決する手段はありません。</translation>
    </message>
    <message>
        <source>A 603 is a decline by the called user, not a missing permission at a relay.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>603 は着信ユーザーによる拒否であり、リレーにおける許可の欠如ではありません。</translation>
    </message>
</context>
<context>
    <name>sip:477</name>
    <message>
        <source>Unfortunately error on sending to next hop occurred</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>次ホップへの送信でエラーが発生しました</translation>
    </message>
    <message>
        <source>Kamailio/OpenSIPS could not send the request to the next hop (connect or send failure).</source>
        <comment>summary</comment>
        <translation>Kamailio/OpenSIPS がリクエストを次ホップに送信できませんでした（接続または送信の失敗）。</translation>
    </message>
    <message>
        <source>SER-derived proxies turn their internal send error into a 477 reply when a request cannot be written to the chosen destination. The cause is local to the proxy&apos;s transport layer, for example a refused TCP connection, a TLS handshake failure, a missing listening socket for the needed protocol, or an unreachable network. The reason phrase usually carries a suffix such as (477/TM) or (477/SL) showing which module replied.</source>
        <comment>description</comment>
        <translation>SER 系のプロキシは、選択した宛先にリクエストを書き込めなかった場合、内部の送信エラーを 477 応答に変換します。原因はプロキシのトランスポート層にあり、たとえば TCP 接続の拒否、TLS ハンドシェイクの失敗、必要なプロトコルの待ち受けソケットの欠如、ネットワーク到達不能などです。理由フレーズには通常、どのモジュールが応答したかを示す (477/TM) や (477/SL) などの接尾辞が付きます。</translation>
    </message>
    <message>
        <source>A t_relay() toward a TCP or TLS destination that is down or blocked, with log lines such as tcp_send failed or sending request on branch 0 failed. A large INVITE is switched from UDP to TCP by the MTU setting and the next hop does not listen on TCP. The destination needs IPv6 or TLS and the proxy has no matching listen socket.</source>
        <comment>seenWhen</comment>
        <translation>停止中またはブロックされている TCP や TLS の宛先への t_relay() で、tcp_send failed や sending request on branch 0 failed などのログが出る場合です。MTU 設定によってサイズの大きい INVITE が UDP から TCP に切り替えられたものの、次ホップが TCP で待ち受けていない場合にも発生します。宛先が IPv6 や TLS を必要としているのに、プロキシに対応する待ち受けソケットがない場合も同様です。</translation>
    </message>
    <message>
        <source>Kamailio or OpenSIPS, from the tm or sl module, when the core reports that the request could not be sent to the selected next hop.</source>
        <comment>sentBy</comment>
        <translation>コアがリクエストを選択された次ホップに送信できなかったと報告した場合に、Kamailio または OpenSIPS の tm モジュールまたは sl モジュールが送信します。</translation>
    </message>
    <message>
        <source>The failure is about this next hop, so a router or failure_route should try another destination or transport now. The same request to the same destination will fail until the connectivity issue is fixed.</source>
        <comment>retryNote</comment>
        <translation>この次ホップに関する失敗なので、ルーターや failure_route は直ちに別の宛先やトランスポートを試す必要があります。同じ宛先への同じリクエストは、接続性の問題が解決するまで失敗し続けます。</translation>
    </message>
    <message>
        <source>Not registered at IANA; Kamailio, OpenSIPS and other SER-derived proxies generate it when the transport layer fails to send a request to the next hop.</source>
        <comment>statusNote</comment>
        <translation>IANA には登録されていません。Kamailio、OpenSIPS などの SER 系プロキシが、トランスポート層で次ホップへのリクエスト送信に失敗したときに生成します。</translation>
    </message>
    <message>
        <source>Read the proxy log around the failed relay to see the destination address, transport and the exact send error.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>失敗したリレーの前後のプロキシログを読み、宛先アドレス、トランスポート、具体的な送信エラーを確認してください。</translation>
    </message>
    <message>
        <source>Test reachability of that address and port with the same transport, and check firewalls, TLS certificates and the peer&apos;s listeners.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>同じトランスポートでそのアドレスとポートへの到達性をテストし、ファイアウォール、TLS 証明書、ピアの待ち受け状態を確認してください。</translation>
    </message>
    <message>
        <source>Verify the proxy&apos;s listen sockets cover the protocol and address family used for this destination.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>プロキシの待ち受けソケットが、この宛先で使用するプロトコルとアドレスファミリーをカバーしていることを確認してください。</translation>
    </message>
    <message>
        <source>Review udp_mtu and udp_mtu_try_proto if UDP requests are silently moved to TCP.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>UDP のリクエストが知らないうちに TCP に切り替えられている場合は、udp_mtu と udp_mtu_try_proto を見直してください。</translation>
    </message>
    <message>
        <source>Add a failure_route with an alternative destination, for example via the dispatcher module, so sends can fail over.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation>送信がフェイルオーバーできるよう、たとえば dispatcher モジュールを使って代替宛先を持つ failure_route を追加してください。</translation>
    </message>
    <message>
        <source>The top Via identifies which proxy instance generated the reply.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>最上位の Via から、どのプロキシインスタンスが応答を生成したかがわかります。</translation>
    </message>
    <message>
        <source>Often shows kamailio or OpenSIPS, confirming the non-standard source.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation>kamailio や OpenSIPS と表示されることが多く、非標準の発生元であることを確認できます。</translation>
    </message>
    <message>
        <source>A 503 is the standard way to signal that a server or route is unavailable.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>503 は、サーバーやルートが利用できないことを通知する標準的な方法です。</translation>
    </message>
    <message>
        <source>A 408 appears when the send succeeded but the next hop never answered.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>408 は、送信には成功したものの次ホップがまったく応答しなかった場合に現れます。</translation>
    </message>
    <message>
        <source>A 478 is the sibling for a destination whose name could not be resolved at all.</source>
        <comment>related 478</comment>
        <extracomment>How 478 differs</extracomment>
        <translation>478 は同系統の応答で、宛先の名前をまったく解決できなかった場合に使われます。</translation>
    </message>
</context>
<context>
    <name>sip:478</name>
    <message>
        <source>Unresolvable destination</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>解決できない宛先</translation>
    </message>
    <message>
        <source>Kamailio/OpenSIPS could not resolve the next-hop host (no usable NAPTR, SRV, A or AAAA record).</source>
        <comment>summary</comment>
        <translation>Kamailio/OpenSIPS が次ホップのホストを解決できませんでした（使用可能な NAPTR、SRV、A、AAAA レコードがありません）。</translation>
    </message>
    <message>
        <source>SER-derived proxies map their internal bad address error to a 478 reply when the host they must forward to does not resolve to a usable address. The host may come from the Request-URI, a Route header, an outbound proxy or a destination URI set in the routing script. It points to DNS or configuration problems rather than to the called user.</source>
        <comment>description</comment>
        <translation>SER 系のプロキシは、転送先のホストが使用可能なアドレスに解決されない場合、内部の bad address エラーを 478 応答にマッピングします。ホストは、Request-URI、Route ヘッダ、アウトバウンドプロキシ、またはルーティングスクリプトで設定された宛先 URI から取得されたものである可能性があります。着信ユーザーではなく、DNS や設定の問題を示しています。</translation>
    </message>
    <message>
        <source>A typo in the Request-URI domain or in a trunk definition. An internal host name that resolves on the PBX but not on the proxy&apos;s DNS servers. SRV records missing for the transport the proxy tries, or the resolver on the proxy host being down or slow.</source>
        <comment>seenWhen</comment>
        <translation>Request-URI のドメインやトランク定義の入力ミスです。PBX では解決できる内部ホスト名が、プロキシの DNS サーバーでは解決できない場合もあります。プロキシが試すトランスポートの SRV レコードがない場合や、プロキシホストのリゾルバが停止しているか応答が遅い場合にも発生します。</translation>
    </message>
    <message>
        <source>Kamailio or OpenSIPS, and SEMS as a B2BUA, when DNS resolution of the next hop fails during forwarding.</source>
        <comment>sentBy</comment>
        <translation>転送中に次ホップの DNS 解決が失敗した場合に、Kamailio や OpenSIPS、および B2BUA としての SEMS が送信します。</translation>
    </message>
    <message>
        <source>A router should try another route or destination now. Retrying the same destination only helps after DNS or configuration is corrected.</source>
        <comment>retryNote</comment>
        <translation>ルーターは直ちに別のルートや宛先を試す必要があります。同じ宛先への再試行が有効なのは、DNS や設定が修正された後に限られます。</translation>
    </message>
    <message>
        <source>Not registered at IANA; Kamailio, OpenSIPS and other SER-derived proxies (and SEMS) send it when the next-hop host name cannot be resolved.</source>
        <comment>statusNote</comment>
        <translation>IANA には登録されていません。Kamailio、OpenSIPS などの SER 系プロキシ（および SEMS）が、次ホップのホスト名を解決できないときに送信します。</translation>
    </message>
    <message>
        <source>Find which host the proxy tried to resolve, from the Request-URI, the top Route or the destination URI in the logs.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>ログの Request-URI、最上位の Route、または宛先 URI から、プロキシがどのホストを解決しようとしたかを特定してください。</translation>
    </message>
    <message>
        <source>Query NAPTR, SRV and A or AAAA records for it from the proxy host with dig, using the same resolvers.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>プロキシホストから同じリゾルバを使って、dig でそのホストの NAPTR、SRV、A または AAAA レコードを問い合わせてください。</translation>
    </message>
    <message>
        <source>Fix the DNS records or the configuration, or use an IP address for trunks where DNS is not needed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>DNS レコードや設定を修正するか、DNS が不要なトランクでは IP アドレスを使用してください。</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s DNS settings such as NAPTR and SRV lookups and its DNS cache for stale negative entries.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>NAPTR や SRV の検索などプロキシの DNS 設定と、DNS キャッシュに古いネガティブエントリが残っていないかを確認してください。</translation>
    </message>
    <message>
        <source>If present, the top Route names the host that failed to resolve.</source>
        <comment>header Route</comment>
        <extracomment>Why to inspect the Route header</extracomment>
        <translation>存在する場合、最上位の Route が解決に失敗したホストを示します。</translation>
    </message>
    <message>
        <source>Identifies the proxy software that produced this non-standard code.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation>この非標準コードを生成したプロキシソフトウェアを示します。</translation>
    </message>
    <message>
        <source>A 404 says the user or domain is not served; 478 says the proxy could not even find where to send it.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>404 はユーザーやドメインが管轄外であることを示し、478 はプロキシが送信先すら見つけられなかったことを示します。</translation>
    </message>
    <message>
        <source>A 503 is the standard code many servers use for a DNS failure on the way out.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>503 は、送出時の DNS 障害に対して多くのサーバーが使用する標準コードです。</translation>
    </message>
    <message>
        <source>A 477 is the sibling when the address resolved but sending to it failed.</source>
        <comment>related 477</comment>
        <extracomment>How 477 differs</extracomment>
        <translation>477 は同系統の応答で、アドレスは解決できたもののそこへの送信に失敗した場合に使われます。</translation>
    </message>
</context>
<context>
    <name>sip:480</name>
    <message>
        <source>Temporarily Unavailable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>一時的に利用不可</translation>
    </message>
    <message>
        <source>The callee exists but cannot be reached right now (not registered, DND, offline); may carry Retry-After.</source>
        <comment>summary</comment>
        <translation>着信側は存在しますが、現在は到達できません（未登録、DND、オフラインなど）。Retry-After を含むことがあります。</translation>
    </message>
    <message>
        <source>The request reached a system that knows the target, but the target cannot take it at this moment. Typical reasons are no current registration, do-not-disturb, the user being logged out or the device being unreachable. A Retry-After header may suggest when to try again, and the reason phrase or a Reason header may say more precisely what happened.</source>
        <comment>description</comment>
        <translation>リクエストはターゲットを把握しているシステムに届きましたが、ターゲットは現時点でそれを受けられません。典型的な理由は、現在有効な登録がない、応答不可（DND）に設定されている、ユーザーがログアウトしている、端末に到達できない、などです。Retry-After ヘッダで再試行の時期が示されることがあり、理由フレーズや Reason ヘッダで何が起きたかがより詳しく示されることもあります。</translation>
    </message>
    <message>
        <source>A call to an extension whose phone is unplugged or whose registration expired because the NAT binding died. A mobile or IMS subscriber is absent or detached, and the network maps the PSTN cause (often 18, 19 or 20) to 480. A forking proxy whose branches all failed without a better answer, or an outbound edge that lost the flow, reports 480 to the caller.</source>
        <comment>seenWhen</comment>
        <translation>電話機のケーブルが抜けている内線や、NAT バインディングが切れて登録が期限切れになった内線への呼です。モバイルや IMS の加入者が圏外または detach 状態で、ネットワークが PSTN の cause（多くは 18、19、20）を 480 にマッピングする場合もあります。すべてのブランチがより適切な応答なしに失敗したフォーキングプロキシや、フローを失った Outbound のエッジも、発信側に 480 を報告します。</translation>
    </message>
    <message>
        <source>Proxies and PBXs that find no usable contact for a known user, UAs in do-not-disturb, and PSTN gateways translating an absent or not-responding subscriber.</source>
        <comment>sentBy</comment>
        <translation>既知のユーザーについて使用可能なコンタクトが見つからないプロキシや PBX、応答不可（DND）状態の UA、不在または無応答の加入者を変換する PSTN ゲートウェイが送信します。</translation>
    </message>
    <message>
        <source>The same request may succeed later; wait for Retry-After when it is present. A forking proxy keeps trying other branches, and voicemail or forward-on-unavailable services usually kick in on 480.</source>
        <comment>retryNote</comment>
        <translation>同じリクエストが後で成功する可能性があります。Retry-After がある場合はその時間だけ待ってください。フォーキングプロキシは他のブランチを試し続け、通常は 480 を契機にボイスメールや不在時転送のサービスが作動します。</translation>
    </message>
    <message>
        <source>Check the registrar&apos;s location table for the target AOR and when its last registration happened.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>レジストラのロケーションテーブルで、ターゲットの AOR と最後に登録された時刻を確認してください。</translation>
    </message>
    <message>
        <source>Look at the device: registration interval, NAT keepalives and network connectivity.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>端末の登録間隔、NAT キープアライブ、ネットワーク接続性を確認してください。</translation>
    </message>
    <message>
        <source>Read any Reason header for a Q.850 cause from a gateway, which narrows down absent, no answer or not registered.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ゲートウェイからの Q.850 cause を含む Reason ヘッダがあれば読んでください。不在、無応答、未登録のいずれかを絞り込めます。</translation>
    </message>
    <message>
        <source>Check do-not-disturb, presence state and forwarding rules for the user.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>ユーザーの応答不可（DND）設定、プレゼンス状態、転送ルールを確認してください。</translation>
    </message>
    <message>
        <source>For automated dialers, honour Retry-After instead of redialling at once.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation>自動発信システムでは、すぐに再発信せず Retry-After に従ってください。</translation>
    </message>
    <message>
        <source>Suggests when the callee may be reachable again.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>着信側に再び到達できるようになる時期の目安を示します。</translation>
    </message>
    <message>
        <source>May carry the Q.850 cause from a PSTN gateway, such as 18 or 20.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>18 や 20 など、PSTN ゲートウェイからの Q.850 cause を含むことがあります。</translation>
    </message>
    <message>
        <source>A 486 means the user was reached but is busy, not unreachable.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>486 はユーザーに到達したものの話中であることを意味し、到達不能ではありません。</translation>
    </message>
    <message>
        <source>A 404 means the user is unknown, while 480 means a known user is currently unavailable.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>404 はユーザーが不明であることを、480 は既知のユーザーが現在利用できないことを意味します。</translation>
    </message>
    <message>
        <source>A 408 reports a timeout waiting for an answer, which some systems use for no-answer instead of 480.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>408 は応答待ちのタイムアウトを報告するもので、無応答に対して 480 の代わりにこれを使うシステムもあります。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 480 to cause 18, no user responding, when interworking with ISUP.</source>
        <comment>related q850:18</comment>
        <extracomment>How q850:18 differs</extracomment>
        <translation>ISUP とのインターワーキング時、RFC 3398 は 480 を cause 18（No user responding）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:481</name>
    <message>
        <source>Call/Transaction Does Not Exist</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>呼/トランザクションが存在しません</translation>
    </message>
    <message>
        <source>An in-dialog request or a CANCEL matched no dialog or transaction at the receiver.</source>
        <comment>summary</comment>
        <translation>ダイアログ内リクエストまたは CANCEL が、受信側のどのダイアログやトランザクションとも一致しませんでした。</translation>
    </message>
    <message>
        <source>The receiver got a request that should belong to an existing dialog (BYE, re-INVITE, UPDATE, INFO, NOTIFY, REFER, PRACK) or transaction (CANCEL), but it holds no state that matches the Call-ID, tags or branch. Either the state was lost or never existed there, or the request went to the wrong element. For the sender, the dialog should be considered gone.</source>
        <comment>description</comment>
        <translation>受信側は、既存のダイアログ（BYE、re-INVITE、UPDATE、INFO、NOTIFY、REFER、PRACK）またはトランザクション（CANCEL）に属するはずのリクエストを受信しましたが、Call-ID、タグ、branch に一致する状態を保持していません。状態が失われたかそもそも存在しなかったか、リクエストが誤った要素に送られたかのいずれかです。送信側は、ダイアログが消滅したものとみなす必要があります。</translation>
    </message>
    <message>
        <source>The far end restarted or failed over to a node without replicated dialog state, then gets a BYE or re-INVITE for an old call. An SBC or B2BUA has already dropped the call after session timers or media timeouts, and the other side&apos;s BYE arrives later. NAT or an ALG changes the Contact so in-dialog requests land on a different server, a NOTIFY arrives after the subscription expired, or a CANCEL reaches a node that never saw the INVITE.</source>
        <comment>seenWhen</comment>
        <translation>遠端が再起動するか、ダイアログ状態が複製されていないノードにフェイルオーバーした後、古い呼に対する BYE や re-INVITE を受信した場合です。SBC や B2BUA がセッションタイマーやメディアタイムアウトにより既に呼を切断しており、その後に相手側の BYE が届く場合もあります。NAT や ALG が Contact を変更したためにダイアログ内リクエストが別のサーバーに届く場合、サブスクリプションの期限切れ後に NOTIFY が届く場合、INVITE を受信していないノードに CANCEL が届く場合にも発生します。</translation>
    </message>
    <message>
        <source>A UA or B2BUA that no longer holds, or never had, the dialog, and a stateful proxy that receives a CANCEL for a transaction it does not know.</source>
        <comment>sentBy</comment>
        <translation>ダイアログをもう保持していない、またはそもそも持っていなかった UA や B2BUA、および把握していないトランザクションに対する CANCEL を受信したステートフルプロキシが送信します。</translation>
    </message>
    <message>
        <source>Do not resend the request: treat the dialog or subscription as terminated and clean up locally. A new call or a new SUBSCRIBE is needed to restore service.</source>
        <comment>retryNote</comment>
        <translation>リクエストを再送しないでください。ダイアログやサブスクリプションは終了したものとして扱い、ローカルで後処理を行ってください。サービスを回復するには、新しい呼または新しい SUBSCRIBE が必要です。</translation>
    </message>
    <message>
        <source>Compare Call-ID, From tag and To tag of the rejected request with the dialog that set up the call.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>拒否されたリクエストの Call-ID、From タグ、To タグを、呼を確立したダイアログと比較してください。</translation>
    </message>
    <message>
        <source>Check Record-Route and Contact from the original exchange to confirm in-dialog requests are routed to the element holding the dialog.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>元のやり取りの Record-Route と Contact を確認し、ダイアログ内リクエストがそのダイアログを保持する要素にルーティングされていることを確かめてください。</translation>
    </message>
    <message>
        <source>Look for a restart, failover or session timer expiry on the far side just before the 481.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>481 の直前に、遠端で再起動、フェイルオーバー、セッションタイマーの満了がなかったか確認してください。</translation>
    </message>
    <message>
        <source>In clusters, enable dialog replication or sticky routing so mid-dialog requests reach the right node.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>クラスタ構成では、ダイアログの複製またはスティッキールーティングを有効にし、ダイアログ途中のリクエストが正しいノードに届くようにしてください。</translation>
    </message>
    <message>
        <source>For subscriptions, send a new SUBSCRIBE instead of reusing the dead dialog.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation>サブスクリプションの場合は、消滅したダイアログを再利用せず、新しい SUBSCRIBE を送信してください。</translation>
    </message>
    <message>
        <source>Together with the tags, identifies the dialog the receiver could not find.</source>
        <comment>header Call-ID</comment>
        <extracomment>Why to inspect the Call-ID header</extracomment>
        <translation>タグと合わせて、受信側が見つけられなかったダイアログを識別します。</translation>
    </message>
    <message>
        <source>Its tag must match the dialog; a changed or missing To tag is a frequent cause.</source>
        <comment>header To</comment>
        <extracomment>Why to inspect the To header</extracomment>
        <translation>その tag はダイアログと一致している必要があります。To タグの変更や欠落はよくある原因です。</translation>
    </message>
    <message>
        <source>Its tag is the other half of the dialog identifier.</source>
        <comment>header From</comment>
        <extracomment>Why to inspect the From header</extracomment>
        <translation>その tag はダイアログ識別子のもう半分です。</translation>
    </message>
    <message>
        <source>From the original INVITE exchange; a wrong route set sends in-dialog requests to the wrong box.</source>
        <comment>header Record-Route</comment>
        <extracomment>Why to inspect the Record-Route header</extracomment>
        <translation>元の INVITE のやり取りから得られるものです。ルートセットが誤っていると、ダイアログ内リクエストが誤った装置に送られます。</translation>
    </message>
    <message>
        <source>A 408 means a request got no answer; 481 is an explicit answer that the state is missing.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>408 はリクエストに応答がなかったことを意味し、481 は状態が存在しないことを明示的に応答するものです。</translation>
    </message>
    <message>
        <source>A 487 is the normal answer to an INVITE that was cancelled; 481 is sent to a CANCEL that matched nothing.</source>
        <comment>related 487</comment>
        <extracomment>How 487 differs</extracomment>
        <translation>487 はキャンセルされた INVITE に対する通常の応答で、481 は何にも一致しなかった CANCEL に対して送信されます。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 481 to cause 41, temporary failure, toward ISUP.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>RFC 3398 は、ISUP 方向で 481 を cause 41（Temporary failure）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:482</name>
    <message>
        <source>Loop Detected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>ループ検出</translation>
    </message>
    <message>
        <source>The request came back to a server that already handled it unchanged, or a merged copy reached the UAS.</source>
        <comment>summary</comment>
        <translation>リクエストが、既にそれを処理したサーバーに変更なしで戻ってきたか、マージされたコピーが UAS に届きました。</translation>
    </message>
    <message>
        <source>A proxy doing loop detection finds that it has already forwarded this same request, with the same Request-URI and routing state, so the request has gone round in a circle. A UAS also sends 482 for a merged request: a second copy of a request it is already processing, with the same From tag, Call-ID and CSeq but arriving by another path after forking. A spiral, where the request returns to a proxy with a changed Request-URI, is legitimate and is not a loop.</source>
        <comment>description</comment>
        <translation>ループ検出を行うプロキシが、同じ Request-URI とルーティング状態を持つ同じリクエストを既に転送済みであることを検出した場合で、リクエストが循環していることを示します。UAS もマージされたリクエスト、つまり既に処理中のリクエストの 2 つ目のコピー（From タグ、Call-ID、CSeq が同じで、フォーク後に別の経路で届いたもの）に対して 482 を送信します。リクエストが Request-URI を変えてプロキシに戻ってくるスパイラルは正当なものであり、ループではありません。</translation>
    </message>
    <message>
        <source>Call forwarding between two systems that forward to each other, or a PBX and a carrier routing the same number back and forth. DNS or SRV records that send a proxy&apos;s outbound traffic back to itself. A forking proxy delivers two branches to the same phone because it is registered twice, and the second copy gets 482 from the phone.</source>
        <comment>seenWhen</comment>
        <translation>互いに転送し合う 2 つのシステム間の転送や、PBX とキャリアが同じ番号を行ったり来たりさせるルーティングです。プロキシの送出トラフィックをそのプロキシ自身に戻してしまう DNS や SRV レコードでも発生します。また、電話機が二重に登録されているためにフォーキングプロキシが同じ電話機に 2 つのブランチを届け、2 つ目のコピーに電話機が 482 を返す場合もあります。</translation>
    </message>
    <message>
        <source>Stateful proxies with loop detection enabled, and UAs detecting a merged request that arrived twice through different forks.</source>
        <comment>sentBy</comment>
        <translation>ループ検出を有効にしたステートフルプロキシ、および異なるフォークを通じて 2 回届いたマージされたリクエストを検出した UA が送信します。</translation>
    </message>
    <message>
        <source>Retrying will loop again until routing is fixed. When the 482 is for a merged copy, it is harmless because another branch of the same request is being handled.</source>
        <comment>retryNote</comment>
        <translation>ルーティングが修正されるまで、再試行しても再びループします。マージされたコピーに対する 482 であれば、同じリクエストの別のブランチが処理されているため無害です。</translation>
    </message>
    <message>
        <source>List the Via headers of the rejected request; the same host appearing repeatedly shows where the loop is.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>拒否されたリクエストの Via ヘッダを列挙してください。同じホストが繰り返し現れる箇所がループの場所です。</translation>
    </message>
    <message>
        <source>Fix the routing rule, forwarding target or DNS record that sends the request back.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>リクエストを送り返しているルーティングルール、転送先、DNS レコードを修正してください。</translation>
    </message>
    <message>
        <source>For merged requests, check the registrar for duplicate bindings of one device and remove stale contacts.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>マージされたリクエストの場合は、レジストラで 1 台の端末の重複したバインディングを確認し、古いコンタクトを削除してください。</translation>
    </message>
    <message>
        <source>Make sure proxies on the path generate unique Via branch values and do not disable loop detection.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>経路上のプロキシが一意の Via の branch 値を生成し、ループ検出を無効にしていないことを確認してください。</translation>
    </message>
    <message>
        <source>Repeated entries for the same proxy reveal the loop path.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>同じプロキシのエントリが繰り返されていれば、ループの経路がわかります。</translation>
    </message>
    <message>
        <source>A low remaining value also indicates the request has travelled in circles.</source>
        <comment>header Max-Forwards</comment>
        <extracomment>Why to inspect the Max-Forwards header</extracomment>
        <translation>残りの値が小さい場合も、リクエストが循環していたことを示します。</translation>
    </message>
    <message>
        <source>A 483 stops loops that loop detection misses, such as spirals that keep rewriting the Request-URI.</source>
        <comment>related 483</comment>
        <extracomment>How 483 differs</extracomment>
        <translation>483 は、Request-URI を書き換え続けるスパイラルなど、ループ検出で捕捉できないループを止めます。</translation>
    </message>
    <message>
        <source>A 440 limits the width of forking, while 482 catches a request returning to the same server.</source>
        <comment>related 440</comment>
        <extracomment>How 440 differs</extracomment>
        <translation>440 はフォーキングの幅を制限するもので、482 は同じサーバーに戻ってきたリクエストを検出するものです。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 482 to cause 25, exchange routing error.</source>
        <comment>related q850:25</comment>
        <extracomment>How q850:25 differs</extracomment>
        <translation>RFC 3398 は 482 を cause 25（Exchange routing error）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:483</name>
    <message>
        <source>Too Many Hops</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>ホップ数超過</translation>
    </message>
    <message>
        <source>Max-Forwards reached zero before the request got to its destination.</source>
        <comment>summary</comment>
        <translation>リクエストが宛先に届く前に Max-Forwards が 0 になりました。</translation>
    </message>
    <message>
        <source>Every proxy decrements Max-Forwards, and a proxy that receives a request with the value at zero must not forward it and answers 483 instead. The usual start value is 70, so a 483 nearly always means a routing loop that changes the Request-URI on each pass, which normal loop detection does not catch. The one exception is OPTIONS, which an element may answer itself when Max-Forwards is zero.</source>
        <comment>description</comment>
        <translation>各プロキシは Max-Forwards を 1 ずつ減らし、値が 0 のリクエストを受信したプロキシはそれを転送してはならず、代わりに 483 で応答します。通常の初期値は 70 であるため、483 はほぼ必ず、通過のたびに Request-URI を変更する（通常のループ検出では捕捉できない）ルーティングループを意味します。唯一の例外は OPTIONS で、Max-Forwards が 0 の場合、要素が自ら応答してもかまいません。</translation>
    </message>
    <message>
        <source>A number translation loop where a PBX and a carrier keep adding or removing a prefix, so each pass looks like a new request. A B2BUA or SBC that sets a low Max-Forwards value (for example 10) on a long path through several SBCs and application servers. Forwarding chains that bounce between hosted PBX tenants.</source>
        <comment>seenWhen</comment>
        <translation>PBX とキャリアがプレフィックスの付加や削除を繰り返し、毎回新しいリクエストのように見える番号変換ループです。複数の SBC やアプリケーションサーバーを経由する長い経路で、B2BUA や SBC が Max-Forwards に小さな値（たとえば 10）を設定している場合にも発生します。ホスティング型 PBX のテナント間を行き来する転送チェーンも原因になります。</translation>
    </message>
    <message>
        <source>The proxy or SBC at which Max-Forwards hit zero, usually one that is part of the loop.</source>
        <comment>sentBy</comment>
        <translation>Max-Forwards が 0 になったプロキシや SBC が送信します。通常はループの一部となっている要素です。</translation>
    </message>
    <message>
        <source>Retrying will run out of hops again. Fix the routing loop or the hop limit first.</source>
        <comment>retryNote</comment>
        <translation>再試行しても再びホップ数が尽きます。まずルーティングループやホップ数の上限を修正してください。</translation>
    </message>
    <message>
        <source>Inspect the Via headers and the Request-URI changes hop by hop to find the repeating pattern.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>ホップごとに Via ヘッダと Request-URI の変化を確認し、繰り返されるパターンを見つけてください。</translation>
    </message>
    <message>
        <source>Fix the number translation or routing rule that sends the request back with a modified URI.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>URI を変更してリクエストを送り返している番号変換やルーティングのルールを修正してください。</translation>
    </message>
    <message>
        <source>Check B2BUAs and SBCs that reset or lower Max-Forwards and make sure they use a sane value.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Max-Forwards をリセットしたり小さくしたりする B2BUA や SBC を確認し、妥当な値を使用していることを確かめてください。</translation>
    </message>
    <message>
        <source>Avoid raising Max-Forwards to hide a loop; find the loop instead.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>ループを隠すために Max-Forwards を引き上げるのは避け、ループ自体を見つけてください。</translation>
    </message>
    <message>
        <source>Reached zero at the rejecting hop; compare the value set by the originator and each B2BUA.</source>
        <comment>header Max-Forwards</comment>
        <extracomment>Why to inspect the Max-Forwards header</extracomment>
        <translation>拒否したホップで 0 になりました。発信元と各 B2BUA が設定した値を比較してください。</translation>
    </message>
    <message>
        <source>The list of hops traversed; repeated hosts show the loop.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>通過したホップのリストです。ホストが繰り返されていればループを示しています。</translation>
    </message>
    <message>
        <source>A 482 detects an unchanged request returning to the same proxy; 483 is the backstop when the request changes on each pass.</source>
        <comment>related 482</comment>
        <extracomment>How 482 differs</extracomment>
        <translation>482 は同じプロキシに戻ってきた変更のないリクエストを検出するもので、483 は通過のたびにリクエストが変わる場合の最後の歯止めです。</translation>
    </message>
    <message>
        <source>A 440 is the forking-width limit, complementary to the hop limit.</source>
        <comment>related 440</comment>
        <extracomment>How 440 differs</extracomment>
        <translation>440 はフォーキング幅の上限で、ホップ数の上限を補完するものです。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 483 to cause 25, exchange routing error.</source>
        <comment>related q850:25</comment>
        <extracomment>How q850:25 differs</extracomment>
        <translation>RFC 3398 は 483 を cause 25（Exchange routing error）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:484</name>
    <message>
        <source>Address Incomplete</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>アドレス不完全</translation>
    </message>
    <message>
        <source>The dialled number or Request-URI is incomplete; more digits are needed.</source>
        <comment>summary</comment>
        <translation>ダイヤルされた番号または Request-URI が不完全です。さらに桁が必要です。</translation>
    </message>
    <message>
        <source>The server recognises the address as a prefix of something valid but not a complete destination. It is the SIP counterpart of overlap dialling: the caller can send the request again with more digits. The response may include the reason in the reason phrase, but the fix always lies in the number sent.</source>
        <comment>description</comment>
        <translation>サーバーは、そのアドレスを有効な宛先のプレフィックスとしては認識しましたが、完全な宛先ではありません。オーバーラップダイヤルに相当する SIP の仕組みで、発信側はより多くの桁を付けてリクエストを再送できます。理由フレーズで理由が示されることもありますが、対処は常に送信した番号の側にあります。</translation>
    </message>
    <message>
        <source>A phone&apos;s digit map or inter-digit timeout sends the INVITE after only part of the number was dialled. A SIP trunk receives a national number without its area code or an international number missing the country code. A PSTN gateway using overlap signalling toward ISDN or ISUP receives an address that the network reports as incomplete.</source>
        <comment>seenWhen</comment>
        <translation>電話機のディジットマップや桁間タイムアウトにより、番号の一部しかダイヤルされていない段階で INVITE が送信された場合です。SIP トランクが市外局番のない国内番号や国番号のない国際番号を受信した場合にも発生します。ISDN や ISUP に対してオーバーラップシグナリングを使用する PSTN ゲートウェイが、ネットワークから不完全と通知されたアドレスを受信した場合も同様です。</translation>
    </message>
    <message>
        <source>PBXs, carriers&apos; routing proxies and PSTN gateways whose dial plan sees the number as a valid but incomplete prefix.</source>
        <comment>sentBy</comment>
        <translation>ダイヤルプラン上、その番号を有効だが不完全なプレフィックスとみなす PBX、キャリアのルーティングプロキシ、PSTN ゲートウェイが送信します。</translation>
    </message>
    <message>
        <source>Retry with the complete number. Overlap-dialling clients may resend the INVITE with additional digits as the user keeps dialling.</source>
        <comment>retryNote</comment>
        <translation>完全な番号で再試行してください。オーバーラップダイヤルに対応したクライアントは、ユーザーがダイヤルを続けるのに合わせて、桁を追加した INVITE を再送することがあります。</translation>
    </message>
    <message>
        <source>Compare the number in the Request-URI with the format the trunk or PBX expects, such as E.164 with a leading +.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Request-URI の番号を、トランクや PBX が想定する形式（先頭に + を付けた E.164 など）と比較してください。</translation>
    </message>
    <message>
        <source>Adjust the phone&apos;s digit map or inter-digit timer so the full number is collected before sending.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>番号全体が収集されてから送信されるよう、電話機のディジットマップや桁間タイマーを調整してください。</translation>
    </message>
    <message>
        <source>Normalise numbers on the PBX or SBC before they reach the trunk.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>トランクに届く前に、PBX や SBC で番号を正規化してください。</translation>
    </message>
    <message>
        <source>For gateways, configure en-bloc sending or enough digits before the call is launched.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>ゲートウェイでは、一括送出（en-bloc）にするか、呼を発信する前に十分な桁数を収集するよう設定してください。</translation>
    </message>
    <message>
        <source>A 404 means the address is complete but does not exist.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>404 は、アドレスは完全だが存在しないことを意味します。</translation>
    </message>
    <message>
        <source>A 485 means the address matches several targets rather than too few digits.</source>
        <comment>related 485</comment>
        <extracomment>How 485 differs</extracomment>
        <translation>485 は、桁が足りないのではなく、アドレスが複数のターゲットに一致することを意味します。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 484 to cause 28, invalid number format (address incomplete).</source>
        <comment>related q850:28</comment>
        <extracomment>How q850:28 differs</extracomment>
        <translation>RFC 3398 は 484 を cause 28（Invalid number format (address incomplete)）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:485</name>
    <message>
        <source>Ambiguous</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>あいまい</translation>
    </message>
    <message>
        <source>The Request-URI matches more than one possible target; the response may list candidates in Contact.</source>
        <comment>summary</comment>
        <translation>Request-URI が複数の候補ターゲットに一致します。応答の Contact に候補が列挙されることがあります。</translation>
    </message>
    <message>
        <source>The server cannot pick a single destination because the address could mean several users. It may include Contact headers with possible matches, although a server may leave them out to avoid exposing its directory. The caller has to pick a more specific address.</source>
        <comment>description</comment>
        <translation>アドレスが複数のユーザーを指しうるため、サーバーは宛先を 1 つに決められません。一致する候補を含む Contact ヘッダを付けることもありますが、ディレクトリの内容を公開しないよう省略することもあります。発信側は、より具体的なアドレスを選ぶ必要があります。</translation>
    </message>
    <message>
        <source>Name-based or alias URIs such as sip:john@example.com resolving to several users in a directory-driven proxy. Duplicate aliases or extensions configured in the user database of a PBX. It is rare in carrier telephony.</source>
        <comment>seenWhen</comment>
        <translation>ディレクトリ連携型のプロキシで、sip:john@example.com のような名前ベースやエイリアスの URI が複数のユーザーに解決される場合です。PBX のユーザーデータベースでエイリアスや内線番号が重複して設定されている場合にも発生します。キャリアの電話サービスではまれです。</translation>
    </message>
    <message>
        <source>Proxies and redirect servers that resolve names through a directory and find multiple matches.</source>
        <comment>sentBy</comment>
        <translation>ディレクトリを使って名前を解決し、複数の一致を見つけたプロキシやリダイレクトサーバーが送信します。</translation>
    </message>
    <message>
        <source>Retry with a more precise Request-URI, possibly one of the Contact candidates. Sending the same ambiguous URI again will get the same answer.</source>
        <comment>retryNote</comment>
        <translation>より正確な Request-URI（Contact の候補のいずれかなど）で再試行してください。同じあいまいな URI を再送しても同じ応答が返ります。</translation>
    </message>
    <message>
        <source>Use a unique, fully specified address, such as the user&apos;s exact extension or full name URI.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>ユーザーの正確な内線番号やフルネームの URI など、一意で完全に指定されたアドレスを使用してください。</translation>
    </message>
    <message>
        <source>If the response has Contact headers, choose the intended target from them.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>応答に Contact ヘッダがある場合は、その中から目的のターゲットを選んでください。</translation>
    </message>
    <message>
        <source>Remove duplicate aliases or extensions from the directory or user database.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ディレクトリやユーザーデータベースから、重複したエイリアスや内線番号を削除してください。</translation>
    </message>
    <message>
        <source>Optional list of candidate addresses the server found.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>サーバーが見つけた候補アドレスの任意のリストです。</translation>
    </message>
    <message>
        <source>A 300 offers multiple choices as a redirect; 485 treats the ambiguity as a client error.</source>
        <comment>related 300</comment>
        <extracomment>How 300 differs</extracomment>
        <translation>300 は複数の選択肢をリダイレクトとして提示するもので、485 はあいまいさをクライアントエラーとして扱います。</translation>
    </message>
    <message>
        <source>A 484 means the address is incomplete rather than matching several targets.</source>
        <comment>related 484</comment>
        <extracomment>How 484 differs</extracomment>
        <translation>484 は、アドレスが複数のターゲットに一致するのではなく、不完全であることを意味します。</translation>
    </message>
    <message>
        <source>A 404 means nothing matched at all.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>404 は、何も一致しなかったことを意味します。</translation>
    </message>
</context>
<context>
    <name>sip:486</name>
    <message>
        <source>Busy Here</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>話中</translation>
    </message>
    <message>
        <source>The callee was reached but is busy at this endpoint; other locations may still answer.</source>
        <comment>summary</comment>
        <translation>着信側には到達しましたが、この端末では話中です。他のロケーションが応答する可能性はあります。</translation>
    </message>
    <message>
        <source>The called UA or system was contacted and is unable or unwilling to accept another call right now. The word here matters: it speaks only for this endpoint, so a forking proxy may keep trying other branches and voicemail or forward-on-busy can apply. A Retry-After header may say when to try again.</source>
        <comment>description</comment>
        <translation>着信側の UA またはシステムに接続できましたが、現在は別の呼を受けられないか、受ける意思がありません。「Here」という語が重要で、この端末についてのみの応答であるため、フォーキングプロキシは他のブランチを試し続けることができ、ボイスメールや話中転送が適用される場合もあります。Retry-After ヘッダで再試行の時期が示されることがあります。</translation>
    </message>
    <message>
        <source>A phone already in a call with call waiting turned off. A PBX extension or SIP trunk has reached its limit of concurrent calls. Some phones send 486 when the user presses reject or has do-not-disturb enabled, where others send 603 or 480.</source>
        <comment>seenWhen</comment>
        <translation>キャッチホンが無効で、既に通話中の電話機です。PBX の内線や SIP トランクが同時通話数の上限に達している場合にも発生します。ユーザーが拒否ボタンを押した場合や応答不可（DND）を有効にしている場合に 486 を送信する電話機もありますが、603 や 480 を送信する電話機もあります。</translation>
    </message>
    <message>
        <source>The called UA or PBX when the user is on another call or a call limit is reached, and PSTN gateways translating ISUP cause 17.</source>
        <comment>sentBy</comment>
        <translation>ユーザーが別の通話中であるか通話数の上限に達した場合に着信側の UA や PBX が送信するほか、ISUP の cause 17 を変換する PSTN ゲートウェイも送信します。</translation>
    </message>
    <message>
        <source>The same request may work later; respect Retry-After when given. A forking proxy keeps waiting for other branches, and forward-on-busy rules are triggered by 486.</source>
        <comment>retryNote</comment>
        <translation>同じリクエストが後で成功する可能性があります。Retry-After が示されていればそれに従ってください。フォーキングプロキシは他のブランチを待ち続け、486 によって話中転送のルールが作動します。</translation>
    </message>
    <message>
        <source>Confirm the callee device was genuinely in use or had reached its call limit.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>着信側の端末が実際に使用中だったか、通話数の上限に達していたかを確認してください。</translation>
    </message>
    <message>
        <source>Check concurrent call limits on the extension, trunk or SBC if busy appears while lines are idle.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>回線が空いているのに話中になる場合は、内線、トランク、SBC の同時通話数の上限を確認してください。</translation>
    </message>
    <message>
        <source>Configure call forward on busy or voicemail if callers should not hear busy.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>発信者に話中を聞かせたくない場合は、話中転送やボイスメールを設定してください。</translation>
    </message>
    <message>
        <source>For dialers and automated systems, honour Retry-After before redialling.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>自動発信システムでは、再発信の前に Retry-After に従ってください。</translation>
    </message>
    <message>
        <source>Suggests when the callee may be free.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>着信側が空く時期の目安を示します。</translation>
    </message>
    <message>
        <source>From gateways, may carry Q.850 cause 17 or a more specific cause.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>ゲートウェイからの場合、Q.850 の cause 17 またはより具体的な cause を含むことがあります。</translation>
    </message>
    <message>
        <source>A 600 Busy Everywhere says no location will take the call; as a 6xx it makes the proxy stop forking.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation>600 Busy Everywhere はどのロケーションも呼を受けないことを示し、6xx であるためプロキシはフォーキングを停止します。</translation>
    </message>
    <message>
        <source>A 480 means the callee could not be reached, not that it is busy.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>480 は、着信側が話中なのではなく到達できなかったことを意味します。</translation>
    </message>
    <message>
        <source>A 603 is an explicit decline rather than a busy condition.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>603 は、話中状態ではなく明示的な拒否です。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 486 to cause 17, user busy.</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation>RFC 3398 は 486 を cause 17（User busy）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:487</name>
    <message>
        <source>Request Terminated</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>リクエスト終了</translation>
    </message>
    <message>
        <source>The INVITE was ended by a CANCEL (or a BYE) before a final answer; normal when the caller hangs up.</source>
        <comment>summary</comment>
        <translation>最終応答の前に CANCEL（または BYE）によって INVITE が終了しました。発信側が切断した場合の正常な動作です。</translation>
    </message>
    <message>
        <source>The final response to a pending INVITE that was stopped before it completed, almost always because a CANCEL arrived, or because a BYE ended the early dialog. It is a normal part of call flows rather than an error: the CANCEL gets its own 200 OK and the INVITE gets 487, which the caller acknowledges with ACK. RFC 3398 defines no Q.850 cause for it, since the call was cleared by the calling side.</source>
        <comment>description</comment>
        <translation>完了する前に停止された保留中の INVITE に対する最終応答で、ほぼ必ず CANCEL が届いたこと、または BYE によってアーリーダイアログが終了したことが原因です。エラーではなく通常の呼フローの一部であり、CANCEL には個別の 200 OK が、INVITE には 487 が返され、発信側は 487 に ACK を返します。呼は発信側によって解放されたため、RFC 3398 ではこれに対する Q.850 cause を定義していません。</translation>
    </message>
    <message>
        <source>The caller hangs up while the phone is ringing. A parallel-ring or hunt group call is answered by one device and the proxy cancels the others, often with a Reason header saying the call was completed elsewhere. A no-answer timer on a PBX or proxy (for example Kamailio&apos;s fr_inv_timer or an Asterisk Dial timeout) cancels the branch before sending the call to voicemail.</source>
        <comment>seenWhen</comment>
        <translation>着信側が鳴っている間に発信側が切断した場合です。同時鳴動やハントグループの呼で 1 台の端末が応答し、プロキシが他の端末をキャンセルする場合も該当し、多くの場合、呼が他所で完了したことを示す Reason ヘッダが付きます。PBX やプロキシの無応答タイマー（Kamailio の fr_inv_timer や Asterisk の Dial タイムアウトなど）が、呼をボイスメールに送る前にブランチをキャンセルする場合にも発生します。</translation>
    </message>
    <message>
        <source>The UAS or gateway that had the INVITE pending when CANCEL or BYE arrived, forwarded by proxies; B2BUAs generate it on their own leg.</source>
        <comment>sentBy</comment>
        <translation>CANCEL や BYE が届いた時点で INVITE を保留していた UAS やゲートウェイが送信し、プロキシが転送します。B2BUA は自身のレッグで生成します。</translation>
    </message>
    <message>
        <source>Nothing to retry: the caller or a proxy deliberately stopped the request. A proxy that cancelled branches moves on as planned, for example to voicemail or to the branch that answered.</source>
        <comment>retryNote</comment>
        <translation>再試行は不要です。発信側またはプロキシが意図的にリクエストを停止しました。ブランチをキャンセルしたプロキシは、予定どおり、たとえばボイスメールや応答したブランチへと処理を進めます。</translation>
    </message>
    <message>
        <source>Find who sent the CANCEL from its Via and any Reason header: the caller, a proxy timer or a forking proxy.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>CANCEL の Via と Reason ヘッダから、誰が CANCEL を送信したか（発信側、プロキシのタイマー、フォーキングプロキシ）を特定してください。</translation>
    </message>
    <message>
        <source>If calls are cancelled too early, increase the ring timeout on the PBX or proxy.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>呼が早すぎるタイミングでキャンセルされる場合は、PBX やプロキシの呼び出しタイムアウトを延ばしてください。</translation>
    </message>
    <message>
        <source>Check that the ACK for the 487 arrives; otherwise the UAS retransmits the 487 until Timer H gives up.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>487 に対する ACK が届いていることを確認してください。届かない場合、UAS は Timer H が満了するまで 487 を再送します。</translation>
    </message>
    <message>
        <source>If a 200 OK and a 487 cross, make sure the caller sends BYE for the answered call.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>200 OK と 487 が行き違った場合は、発信側が応答された呼に BYE を送信することを確認してください。</translation>
    </message>
    <message>
        <source>On the CANCEL, explains why it was sent, for example SIP;cause=200 for a call answered elsewhere.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>CANCEL に付与され、送信理由を説明します。たとえば、他所で応答された呼の場合は SIP;cause=200 です。</translation>
    </message>
    <message>
        <source>The 487 carries the INVITE&apos;s CSeq; the CANCEL&apos;s 200 OK is a separate response.</source>
        <comment>header CSeq</comment>
        <extracomment>Why to inspect the CSeq header</extracomment>
        <translation>487 には INVITE の CSeq が含まれます。CANCEL に対する 200 OK は別の応答です。</translation>
    </message>
    <message>
        <source>A CANCEL that matches no pending transaction gets 481 instead of producing a 487.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation>保留中のどのトランザクションとも一致しない CANCEL には、487 が生成されるのではなく 481 が返されます。</translation>
    </message>
    <message>
        <source>A 408 is a timeout, whereas 487 follows an explicit CANCEL.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>408 はタイムアウトで、487 は明示的な CANCEL の後に返されるものです。</translation>
    </message>
    <message>
        <source>A 603 is the callee declining, whereas 487 is the caller or proxy abandoning the attempt.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>603 は着信側による拒否で、487 は発信側またはプロキシが試行を中止したものです。</translation>
    </message>
</context>
<context>
    <name>sip:488</name>
    <message>
        <source>Not Acceptable Here</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>ここでは受理できません</translation>
    </message>
    <message>
        <source>The SDP offer (codecs, media, transport, crypto) is not acceptable at this endpoint; check Warning.</source>
        <comment>summary</comment>
        <translation>SDP オファー（コーデック、メディア、トランスポート、暗号）がこの端末では受け入れられません。Warning を確認してください。</translation>
    </message>
    <message>
        <source>The UAS understood the request but cannot accept the session description: none of the offered codecs, media types, transports or security profiles work for it. It should include a Warning header explaining the problem, such as 305 Incompatible media format or 304 Media type not available. When 488 answers a re-INVITE, only the change is rejected and the existing call continues with its previous media.</source>
        <comment>description</comment>
        <translation>UAS はリクエストを理解しましたが、セッション記述を受け入れられません。提示されたコーデック、メディアタイプ、トランスポート、セキュリティプロファイルのいずれも使用できません。問題を説明する Warning ヘッダ（305 Incompatible media format や 304 Media type not available など）を含める必要があります。re-INVITE に対して 488 が返された場合は変更のみが拒否され、既存の呼は以前のメディアのまま継続します。</translation>
    </message>
    <message>
        <source>A codec mismatch such as a G.729-only trunk receiving a G.711-only offer, or an Opus-only WebRTC client calling a legacy PBX without transcoding. The offer uses RTP/SAVP or DTLS-SRTP and the endpoint only accepts plain RTP/AVP, or the reverse. A re-INVITE switching to T.38 fax reaches a device without T.38, or video is offered to an audio-only endpoint.</source>
        <comment>seenWhen</comment>
        <translation>G.729 のみのトランクが G.711 のみのオファーを受信する場合や、Opus のみの WebRTC クライアントがトランスコーディングなしで旧来の PBX に発信する場合などのコーデック不一致です。オファーが RTP/SAVP や DTLS-SRTP を使用しているのに端末が通常の RTP/AVP しか受け付けない場合（またはその逆）にも発生します。T.38 FAX に切り替える re-INVITE が T.38 非対応の端末に届く場合や、音声専用の端末にビデオが提示される場合も同様です。</translation>
    </message>
    <message>
        <source>The called endpoint, PSTN gateway or SBC that evaluates the SDP offer and finds nothing it can accept.</source>
        <comment>sentBy</comment>
        <translation>SDP オファーを評価し、受け入れ可能なものを見つけられなかった着信側端末、PSTN ゲートウェイ、SBC が送信します。</translation>
    </message>
    <message>
        <source>Retry with a different offer, for example other codecs or a different transport profile, or route to a destination that supports the media. A router may try another trunk that offers transcoding.</source>
        <comment>retryNote</comment>
        <translation>別のコーデックや別のトランスポートプロファイルなど、異なるオファーで再試行するか、そのメディアをサポートする宛先にルーティングしてください。ルーターが、トランスコーディングを提供する別のトランクを試すこともできます。</translation>
    </message>
    <message>
        <source>Read the Warning header for the specific reason given by the endpoint.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>端末が示した具体的な理由を、Warning ヘッダで確認してください。</translation>
    </message>
    <message>
        <source>Compare the m= lines and a=rtpmap entries in the offer with the codecs and media the endpoint allows.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>オファーの m= 行と a=rtpmap のエントリを、端末が許可するコーデックやメディアと比較してください。</translation>
    </message>
    <message>
        <source>Align codec lists on the trunk, PBX or SBC, or enable transcoding for this route.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>トランク、PBX、SBC のコーデックリストを揃えるか、このルートでトランスコーディングを有効にしてください。</translation>
    </message>
    <message>
        <source>Match the transport and crypto profile (RTP/AVP versus RTP/SAVP, SDES versus DTLS-SRTP) on both sides.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>双方でトランスポートと暗号のプロファイル（RTP/AVP か RTP/SAVP か、SDES か DTLS-SRTP か）を一致させてください。</translation>
    </message>
    <message>
        <source>For rejected T.38 re-INVITEs, fall back to G.711 fax passthrough; the call itself survives.</source>
        <comment>howToFix 5</comment>
        <extracomment>Step 5 of how to fix it</extracomment>
        <translation>T.38 の re-INVITE が拒否された場合は、G.711 による FAX パススルーにフォールバックしてください。呼自体は継続します。</translation>
    </message>
    <message>
        <source>Usually carries a 3xx warn-code such as 305 or 304 naming the media problem.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>通常は、メディアの問題を示す 305 や 304 などの 3xx の warn-code を含みます。</translation>
    </message>
    <message>
        <source>May list the body types the endpoint takes if the body format was the problem.</source>
        <comment>header Accept</comment>
        <extracomment>Why to inspect the Accept header</extracomment>
        <translation>ボディ形式が問題だった場合、端末が受け付けるボディタイプを列挙していることがあります。</translation>
    </message>
    <message>
        <source>A 606 says the session is unacceptable everywhere and stops forking; 488 only speaks for this endpoint.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>606 はセッションがどこでも受け入れられないことを示してフォーキングを停止させます。488 はこの端末についてのみの応答です。</translation>
    </message>
    <message>
        <source>A 415 rejects the body&apos;s media type itself, for example a non-SDP body.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>415 は、SDP 以外のボディなど、ボディのメディアタイプ自体を拒否するものです。</translation>
    </message>
    <message>
        <source>Warning 305 Incompatible media format is the most common explanation sent with 488.</source>
        <comment>related warning:305</comment>
        <extracomment>How warning:305 differs</extracomment>
        <translation>Warning 305 Incompatible media format は、488 とともに送られる最も一般的な説明です。</translation>
    </message>
    <message>
        <source>Gateways map 488 to cause 65, bearer capability not implemented.</source>
        <comment>related q850:65</comment>
        <extracomment>How q850:65 differs</extracomment>
        <translation>ゲートウェイは 488 を cause 65（Bearer capability not implemented）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:489</name>
    <message>
        <source>Bad Event</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>不正なイベント</translation>
    </message>
    <message>
        <source>The Event package in SUBSCRIBE, PUBLISH or NOTIFY is not supported; Allow-Events lists those that are.</source>
        <comment>summary</comment>
        <translation>SUBSCRIBE、PUBLISH、NOTIFY のイベントパッケージがサポートされていません。サポートされているものは Allow-Events に列挙されます。</translation>
    </message>
    <message>
        <source>The receiver does not support the event package named in the Event header of the request. Notifiers answer an unsupported SUBSCRIBE this way, presence servers use it for PUBLISH, and a subscriber can use it for a NOTIFY carrying an event it does not understand. The response should include Allow-Events with the packages the server does handle.</source>
        <comment>description</comment>
        <translation>受信側は、リクエストの Event ヘッダで指定されたイベントパッケージをサポートしていません。ノーティファイアはサポートしない SUBSCRIBE にこの応答を返し、プレゼンスサーバーは PUBLISH にこれを使用し、サブスクライバーは理解できないイベントを含む NOTIFY にこれを使用できます。応答には、サーバーが扱えるパッケージを示す Allow-Events を含める必要があります。</translation>
    </message>
    <message>
        <source>A phone sends SUBSCRIBE with Event: dialog for busy lamp field to a PBX or proxy without dialog event support. MWI subscriptions with Event: message-summary reach a server that does not provide voicemail notifications. Presence subscriptions or PUBLISH requests hit a plain registrar, or a device rejects an unsolicited NOTIFY such as a check-sync or reboot event it does not support.</source>
        <comment>seenWhen</comment>
        <translation>電話機が BLF のために Event: dialog の SUBSCRIBE を、dialog イベントに対応していない PBX やプロキシに送る場合です。Event: message-summary の MWI サブスクリプションが、ボイスメール通知を提供しないサーバーに届く場合もあります。プレゼンスのサブスクリプションや PUBLISH リクエストが単なるレジストラに届く場合や、端末が check-sync や reboot のような対応していない一方的な NOTIFY を拒否する場合にも発生します。</translation>
    </message>
    <message>
        <source>Notifiers, presence servers and PBXs receiving SUBSCRIBE or PUBLISH for an unknown package, and UAs receiving a NOTIFY they cannot handle.</source>
        <comment>sentBy</comment>
        <translation>未知のパッケージに対する SUBSCRIBE や PUBLISH を受信したノーティファイア、プレゼンスサーバー、PBX、および処理できない NOTIFY を受信した UA が送信します。</translation>
    </message>
    <message>
        <source>Only retry with an event package listed in Allow-Events. Repeating the same SUBSCRIBE will keep failing and may be rate-limited by the server.</source>
        <comment>retryNote</comment>
        <translation>Allow-Events に列挙されたイベントパッケージでのみ再試行してください。同じ SUBSCRIBE を繰り返しても失敗し続け、サーバーによってレート制限されることがあります。</translation>
    </message>
    <message>
        <source>Read Allow-Events in the 489 to see which packages the server supports.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>489 の Allow-Events を読み、サーバーがサポートするパッケージを確認してください。</translation>
    </message>
    <message>
        <source>Enable the missing package on the server, for example presence, dialog or MWI support in the PBX or proxy.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>サーバーで不足しているパッケージを有効にしてください。たとえば、PBX やプロキシのプレゼンス、dialog、MWI のサポートです。</translation>
    </message>
    <message>
        <source>If the server will never support it, disable that feature or subscription on the device.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>サーバーが今後もサポートしない場合は、端末側でその機能やサブスクリプションを無効にしてください。</translation>
    </message>
    <message>
        <source>Check the Event header spelling and parameters against the package name the server expects.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Event ヘッダの綴りとパラメータを、サーバーが想定するパッケージ名と照合してください。</translation>
    </message>
    <message>
        <source>Lists the event packages the server supports.</source>
        <comment>header Allow-Events</comment>
        <extracomment>Why to inspect the Allow-Events header</extracomment>
        <translation>サーバーがサポートするイベントパッケージを列挙します。</translation>
    </message>
    <message>
        <source>The package requested; check its name and parameters.</source>
        <comment>header Event</comment>
        <extracomment>Why to inspect the Event header</extracomment>
        <translation>要求されたパッケージです。名前とパラメータを確認してください。</translation>
    </message>
    <message>
        <source>A 405 says the SUBSCRIBE or PUBLISH method itself is not allowed there.</source>
        <comment>related 405</comment>
        <extracomment>How 405 differs</extracomment>
        <translation>405 は、SUBSCRIBE や PUBLISH メソッド自体がそこでは許可されていないことを示します。</translation>
    </message>
    <message>
        <source>A 501 says the method is not implemented at all.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>501 は、メソッドがまったく実装されていないことを示します。</translation>
    </message>
    <message>
        <source>A 481 to a NOTIFY or refresh means the subscription no longer exists.</source>
        <comment>related 481</comment>
        <extracomment>How 481 differs</extracomment>
        <translation>NOTIFY や更新に対する 481 は、サブスクリプションがもう存在しないことを意味します。</translation>
    </message>
</context>
<context>
    <name>sip:491</name>
    <message>
        <source>Request Pending</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>リクエスト保留中</translation>
    </message>
    <message>
        <source>Glare: a re-INVITE or UPDATE crossed with one from the other side; back off and retry.</source>
        <comment>summary</comment>
        <translation>グレア：re-INVITE や UPDATE が相手側からのものと行き違いました。待機してから再試行してください。</translation>
    </message>
    <message>
        <source>The UAS received a request that would start a new offer/answer exchange while its own re-INVITE or UPDATE in the same dialog was still pending. Both sides usually get a 491 at the same moment. RFC 3261 section 14.1 resolves the tie with random timers: the side that generated the Call-ID waits 2.1 to 4 seconds before retrying, the other side waits up to 2 seconds, both in 10 ms steps.</source>
        <comment>description</comment>
        <translation>UAS は、同じダイアログ内で自身の re-INVITE や UPDATE がまだ保留中の間に、新しいオファー/アンサー交換を開始するリクエストを受信しました。通常は双方が同時に 491 を受け取ります。RFC 3261 の 14.1 節では、ランダムなタイマーでこの競合を解消します。Call-ID を生成した側は 2.1～4 秒待ってから再試行し、もう一方の側は最大 2 秒待ちます。いずれも 10 ms 単位です。</translation>
    </message>
    <message>
        <source>Both parties put a call on hold or resume at the same time, or an SBC sends a session-timer refresh while a phone sends a hold re-INVITE. Two fax gateways both detect fax tones and each send a T.38 re-INVITE. A B2BUA renegotiating media during a transfer collides with a re-INVITE from an endpoint.</source>
        <comment>seenWhen</comment>
        <translation>双方が同時に呼を保留または保留解除した場合や、電話機が保留の re-INVITE を送信している間に SBC がセッションタイマーのリフレッシュを送信した場合です。2 台の FAX ゲートウェイが両方とも FAX トーンを検出し、それぞれ T.38 の re-INVITE を送信する場合もあります。転送中にメディアを再ネゴシエーションする B2BUA が、端末からの re-INVITE と衝突する場合にも発生します。</translation>
    </message>
    <message>
        <source>A UA or B2BUA that already has an outstanding offer in the dialog when the other side&apos;s re-INVITE or UPDATE arrives.</source>
        <comment>sentBy</comment>
        <translation>相手側の re-INVITE や UPDATE が届いた時点で、ダイアログ内に未完了のオファーを既に持っている UA や B2BUA が送信します。</translation>
    </message>
    <message>
        <source>Retry the same change after the randomised delay: 2.1 to 4 seconds if you generated the Call-ID, 0 to 2 seconds otherwise. The call remains up meanwhile with its previous media.</source>
        <comment>retryNote</comment>
        <translation>ランダムな遅延の後に同じ変更を再試行してください。Call-ID を生成した側であれば 2.1～4 秒、そうでなければ 0～2 秒です。その間も呼は以前のメディアのまま継続します。</translation>
    </message>
    <message>
        <source>Check that each side retries after a random delay within the RFC 3261 ranges and does not retry instantly.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>双方が即座に再試行せず、RFC 3261 の範囲内でランダムな遅延の後に再試行していることを確認してください。</translation>
    </message>
    <message>
        <source>If 491 repeats endlessly, look for stacks using fixed or identical timers and correct them.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>491 が延々と繰り返される場合は、固定または同一のタイマーを使用しているスタックを探して修正してください。</translation>
    </message>
    <message>
        <source>Configure only one side to initiate the T.38 switch, for example the terminating gateway.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>T.38 への切り替えを開始するのは一方の側のみ（たとえば着信側ゲートウェイ）となるよう設定してください。</translation>
    </message>
    <message>
        <source>Set the session timer refresher so only one side sends refreshes.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>リフレッシュを送信するのが一方の側のみとなるよう、セッションタイマーのリフレッシャーを設定してください。</translation>
    </message>
    <message>
        <source>Compare the CSeq numbers of the crossing requests to see which transactions collided.</source>
        <comment>header CSeq</comment>
        <extracomment>Why to inspect the CSeq header</extracomment>
        <translation>行き違ったリクエストの CSeq 番号を比較し、どのトランザクションが衝突したかを確認してください。</translation>
    </message>
    <message>
        <source>Tells which side generated the dialog&apos;s Call-ID and so which back-off range applies.</source>
        <comment>header Call-ID</comment>
        <extracomment>Why to inspect the Call-ID header</extracomment>
        <translation>どちらの側がダイアログの Call-ID を生成したか、つまりどちらの待機範囲が適用されるかがわかります。</translation>
    </message>
    <message>
        <source>A 500 with Retry-After is used for an overlapping INVITE with a lower CSeq, not for offer/answer glare.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>Retry-After 付きの 500 は、CSeq の小さい INVITE が重なった場合に使われるもので、オファー/アンサーのグレアには使われません。</translation>
    </message>
    <message>
        <source>A 488 rejects the offer&apos;s contents, while 491 rejects only its timing.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>488 はオファーの内容を拒否するもので、491 はそのタイミングのみを拒否するものです。</translation>
    </message>
</context>
<context>
    <name>sip:493</name>
    <message>
        <source>Undecipherable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>解読できません</translation>
    </message>
    <message>
        <source>The request had an encrypted S/MIME body that the UAS cannot decrypt.</source>
        <comment>summary</comment>
        <translation>リクエストに、UAS が復号できない暗号化された S/MIME ボディが含まれていました。</translation>
    </message>
    <message>
        <source>The UAS received a body protected with S/MIME encryption and has no suitable key, or does not support the algorithm used, so it cannot read the content. Without the body it cannot act on the request. S/MIME in SIP is rarely deployed, so this code mostly appears in specialised secure environments and test labs.</source>
        <comment>description</comment>
        <translation>UAS は S/MIME で暗号化されたボディを受信しましたが、適切な鍵を持っていないか、使用されたアルゴリズムをサポートしていないため、内容を読めません。ボディがなければリクエストを処理できません。SIP における S/MIME はほとんど導入されていないため、このコードは主に特殊なセキュア環境や検証ラボで見られます。</translation>
    </message>
    <message>
        <source>A secure SIP product encrypts the SDP with S/MIME toward a peer that does not support it. The sender encrypted with an old public key after the receiver rotated its certificate. Interoperability tests of S/MIME implementations with mismatched algorithms.</source>
        <comment>seenWhen</comment>
        <translation>セキュアな SIP 製品が、S/MIME をサポートしていないピアに対して SDP を S/MIME で暗号化する場合です。受信側が証明書を更新した後に、送信側が古い公開鍵で暗号化した場合にも発生します。アルゴリズムが一致しない S/MIME 実装同士の相互接続試験でも見られます。</translation>
    </message>
    <message>
        <source>A UAS that receives an application/pkcs7-mime body it cannot decrypt.</source>
        <comment>sentBy</comment>
        <translation>復号できない application/pkcs7-mime ボディを受信した UAS が送信します。</translation>
    </message>
    <message>
        <source>Retry with a body encrypted for a key the receiver holds, or without S/MIME. Sending the same encrypted body again will fail.</source>
        <comment>retryNote</comment>
        <translation>受信側が保持する鍵に合わせて暗号化したボディで、または S/MIME なしで再試行してください。同じ暗号化ボディを再送しても失敗します。</translation>
    </message>
    <message>
        <source>Check that the sender used the receiver&apos;s current certificate for encryption.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>送信側が受信側の現在の証明書を使って暗号化したことを確認してください。</translation>
    </message>
    <message>
        <source>Compare the encryption algorithms supported by both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>双方がサポートする暗号化アルゴリズムを比較してください。</translation>
    </message>
    <message>
        <source>If end-to-end encryption of the body is not essential, turn off S/MIME and protect signalling with TLS (sips) instead.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ボディのエンドツーエンド暗号化が必須でなければ、S/MIME を無効にし、代わりに TLS（sips）でシグナリングを保護してください。</translation>
    </message>
    <message>
        <source>Shows the encrypted S/MIME body type in the rejected request.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>拒否されたリクエスト内の、暗号化された S/MIME のボディタイプを示します。</translation>
    </message>
    <message>
        <source>A 415 refuses a body type outright; 493 understands the type but cannot decrypt it.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>415 はボディタイプ自体を拒否するもので、493 はタイプは理解しているものの復号できないものです。</translation>
    </message>
    <message>
        <source>A 400 is for malformed requests, whereas 493 concerns an encrypted body that is well formed but unreadable.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>400 は形式が不正なリクエストに対するもので、493 は形式は正しいものの読めない暗号化ボディに関するものです。</translation>
    </message>
</context>
<context>
    <name>sip:494</name>
    <message>
        <source>Security Agreement Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>セキュリティアグリーメントが必要</translation>
    </message>
    <message>
        <source>The server requires RFC 3329 security mechanism agreement (sec-agree) before it will process requests.</source>
        <comment>summary</comment>
        <translation>サーバーは、リクエストを処理する前に RFC 3329 のセキュリティメカニズムアグリーメント（sec-agree）を要求しています。</translation>
    </message>
    <message>
        <source>The server insists on negotiating a security mechanism with the client, such as TLS, digest or IPsec, using the Security-Client, Security-Server and Security-Verify headers. The 494 carries Security-Server listing the mechanisms the server offers, typically with Require: sec-agree. The client chooses one, sets it up, and sends later requests over the protected channel with Security-Verify echoing the server&apos;s list.</source>
        <comment>description</comment>
        <translation>サーバーは、Security-Client、Security-Server、Security-Verify ヘッダを使って、TLS、Digest、IPsec などのセキュリティメカニズムをクライアントとネゴシエーションすることを求めています。494 には、サーバーが提供するメカニズムを列挙した Security-Server が含まれ、通常は Require: sec-agree も付きます。クライアントはその 1 つを選んで確立し、以降のリクエストを保護されたチャネル上で、サーバーのリストをそのまま返す Security-Verify を付けて送信します。</translation>
    </message>
    <message>
        <source>IMS and VoLTE: a UE or softclient sends REGISTER to a P-CSCF without sec-agree, or after its IPsec security associations expired sends a request on an unprotected port. A Security-Verify header that does not match what the server sent, for example because an SBC rewrote it, is also answered with 494. Outside IMS it is seldom used.</source>
        <comment>seenWhen</comment>
        <translation>IMS や VoLTE で、UE やソフトクライアントが sec-agree なしで P-CSCF に REGISTER を送信した場合や、IPsec のセキュリティアソシエーションの期限切れ後に保護されていないポートでリクエストを送信した場合です。SBC による書き換えなどにより、Security-Verify ヘッダがサーバーの送信内容と一致しない場合も 494 が返されます。IMS 以外ではほとんど使われません。</translation>
    </message>
    <message>
        <source>A first-hop proxy or registrar, most often an IMS P-CSCF, whose policy requires a negotiated security mechanism before accepting requests.</source>
        <comment>sentBy</comment>
        <translation>リクエストを受け付ける前にセキュリティメカニズムのネゴシエーションを要求するポリシーを持つ、最初のホップのプロキシやレジストラが送信します。多くの場合は IMS の P-CSCF です。</translation>
    </message>
    <message>
        <source>Retry after completing the security negotiation and sending the request over the agreed mechanism with Security-Verify. The same unprotected request will be refused again.</source>
        <comment>retryNote</comment>
        <translation>セキュリティネゴシエーションを完了し、合意したメカニズム上で Security-Verify を付けてリクエストを送信したうえで再試行してください。保護されていない同じリクエストは再び拒否されます。</translation>
    </message>
    <message>
        <source>Read the Security-Server header to see which mechanisms the server accepts.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Security-Server ヘッダを読み、サーバーが受け付けるメカニズムを確認してください。</translation>
    </message>
    <message>
        <source>Enable sec-agree on the client so it sends Security-Client and lists sec-agree in Require and Proxy-Require.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>クライアントで sec-agree を有効にし、Security-Client を送信して、Require と Proxy-Require に sec-agree を列挙するようにしてください。</translation>
    </message>
    <message>
        <source>Set up the chosen mechanism (TLS or IPsec-3gpp security associations) and send later requests on the protected ports.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>選択したメカニズム（TLS または ipsec-3gpp のセキュリティアソシエーション）を確立し、以降のリクエストは保護されたポートで送信してください。</translation>
    </message>
    <message>
        <source>Make sure Security-Verify is copied exactly from the server&apos;s Security-Server and that no middlebox alters these headers.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>Security-Verify がサーバーの Security-Server から正確にコピーされていること、および中間装置がこれらのヘッダを改変していないことを確認してください。</translation>
    </message>
    <message>
        <source>Lists the mechanisms and parameters the server supports.</source>
        <comment>header Security-Server</comment>
        <extracomment>Why to inspect the Security-Server header</extracomment>
        <translation>サーバーがサポートするメカニズムとパラメータを列挙します。</translation>
    </message>
    <message>
        <source>What the client offered; missing or mismatched entries cause the rejection.</source>
        <comment>header Security-Client</comment>
        <extracomment>Why to inspect the Security-Client header</extracomment>
        <translation>クライアントが提示したものです。エントリの欠落や不一致が拒否の原因になります。</translation>
    </message>
    <message>
        <source>Must mirror the server&apos;s list on protected requests.</source>
        <comment>header Security-Verify</comment>
        <extracomment>Why to inspect the Security-Verify header</extracomment>
        <translation>保護されたリクエストでは、サーバーのリストをそのまま反映している必要があります。</translation>
    </message>
    <message>
        <source>Normally contains sec-agree in the 494.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>494 では通常 sec-agree を含みます。</translation>
    </message>
    <message>
        <source>A 421 is the generic missing-extension response; 494 is specific to security agreement.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>421 は拡張の欠如に対する汎用的な応答で、494 はセキュリティアグリーメントに特化したものです。</translation>
    </message>
    <message>
        <source>A 401 asks for credentials, which in IMS often comes in the same exchange as sec-agree setup.</source>
        <comment>related 401</comment>
        <extracomment>How 401 differs</extracomment>
        <translation>401 は認証情報を求めるもので、IMS では sec-agree の確立と同じやり取りの中で送られることがよくあります。</translation>
    </message>
    <message>
        <source>A 420 appears if sec-agree was required but the server does not implement it.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>420 は、sec-agree が要求されたもののサーバーがそれを実装していない場合に現れます。</translation>
    </message>
</context>
<context>
    <name>sip:500</name>
    <message>
        <source>Server Internal Error</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>サーバー内部エラー</translation>
    </message>
    <message>
        <source>The server hit an unexpected condition and could not complete an otherwise valid request.</source>
        <comment>summary</comment>
        <translation>サーバーが予期しない状態に陥り、本来は有効なリクエストを完了できませんでした。</translation>
    </message>
    <message>
        <source>A 500 is the generic server-side failure: the request itself looked fine, but something broke while the server was processing it. RFC 3261 also prescribes 500 for a few protocol situations, such as a mid-dialog request whose CSeq is lower than the last one seen, or a second INVITE in a dialog that arrives before the UAS has answered the previous one. The response may carry Retry-After to say when the request can be tried again.</source>
        <comment>description</comment>
        <translation>500 はサーバー側の汎用的な失敗です。リクエスト自体は問題ないように見えましたが、サーバーの処理中に何かが壊れました。RFC 3261 は、いくつかのプロトコル上の状況でも 500 を規定しています。たとえば、CSeq が直前に受信したものより小さいダイアログ内リクエストや、UAS が前の INVITE に応答する前に届いたダイアログ内の 2 つ目の INVITE です。応答には、リクエストを再試行できる時期を示す Retry-After が含まれることがあります。</translation>
    </message>
    <message>
        <source>You see it when a PBX, SBC or application server throws an exception, loses its database or media resource, or runs into a script error in its routing logic. It is also what a stateful proxy sends upstream when its only downstream answer was a 503, so a 500 at the edge may hide a 503 further in. A re-INVITE sent before the previous one was answered gets a 500 with a random Retry-After of up to 10 seconds.</source>
        <comment>seenWhen</comment>
        <translation>PBX、SBC、アプリケーションサーバーが例外を発生させた場合、データベースやメディアリソースを失った場合、ルーティングロジックのスクリプトエラーに陥った場合に見られます。また、ステートフルプロキシは下流からの唯一の応答が 503 だった場合に上流へ 500 を送るため、エッジでの 500 がその先の 503 を隠している可能性があります。前の re-INVITE に応答がある前に送信された re-INVITE には、最大 10 秒のランダムな Retry-After を付けた 500 が返されます。</translation>
    </message>
    <message>
        <source>Any server that fails internally, most often a PBX, SBC, application server or PSTN gateway. Proxies also generate it in place of a downstream 503.</source>
        <comment>sentBy</comment>
        <translation>内部で障害が発生したあらゆるサーバーが送信し、多くは PBX、SBC、アプリケーションサーバー、PSTN ゲートウェイです。プロキシも、下流からの 503 の代わりにこれを生成します。</translation>
    </message>
    <message>
        <source>The same request may be sent again after a few seconds, or after the Retry-After interval when one is given. A router with alternative routes can also fail over, since the problem is usually local to the server that answered.</source>
        <comment>retryNote</comment>
        <translation>数秒後、または Retry-After が示されていればその間隔の後に、同じリクエストを再送してかまいません。問題は通常、応答したサーバーに固有のものであるため、代替ルートを持つルーターはフェイルオーバーすることもできます。</translation>
    </message>
    <message>
        <source>Read the Reason and Warning headers and the Server or User-Agent header to identify which element generated the 500.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Reason ヘッダと Warning ヘッダ、および Server ヘッダまたは User-Agent ヘッダを読み、どの要素が 500 を生成したかを特定してください。</translation>
    </message>
    <message>
        <source>Check that element&apos;s logs for the Call-ID at the same timestamp; look for crashes, script errors, database or license failures.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>その要素のログで同じタイムスタンプの Call-ID を確認し、クラッシュ、スクリプトエラー、データベースやライセンスの障害がないか調べてください。</translation>
    </message>
    <message>
        <source>If it came from a proxy, trace the downstream leg to see whether a 503 or timeout was converted into 500.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>プロキシから送られた場合は、下流のレッグを追跡し、503 やタイムアウトが 500 に変換されていないか確認してください。</translation>
    </message>
    <message>
        <source>For a 500 on a re-INVITE, check whether the sender issued a new offer before the previous re-INVITE was answered, and wait for the Retry-After interval before resending.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>re-INVITE に対する 500 の場合は、送信側が前の re-INVITE への応答前に新しいオファーを出していないか確認し、Retry-After の間隔だけ待ってから再送してください。</translation>
    </message>
    <message>
        <source>When present it says how many seconds to wait before sending the same request again, as in the overlapping re-INVITE case.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>存在する場合、重なった re-INVITE のケースのように、同じリクエストを再送するまでに待つ秒数を示します。</translation>
    </message>
    <message>
        <source>A gateway may put the real cause here, for example a Q.850 cause from the PSTN side.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>ゲートウェイは、PSTN 側からの Q.850 cause など、実際の原因をここに入れることがあります。</translation>
    </message>
    <message>
        <source>Identifies the product that failed, which tells you whose logs to read.</source>
        <comment>header Server</comment>
        <extracomment>Why to inspect the Server header</extracomment>
        <translation>障害が発生した製品を示すため、誰のログを読むべきかがわかります。</translation>
    </message>
    <message>
        <source>A 503 says the server is overloaded or in maintenance and invites failover; 500 is an unexpected error.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>503 はサーバーが過負荷またはメンテナンス中であることを示してフェイルオーバーを促すもので、500 は予期しないエラーです。</translation>
    </message>
    <message>
        <source>A 504 blames a timeout toward another server rather than an internal fault.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation>504 は、内部障害ではなく別のサーバーへのタイムアウトが原因であることを示します。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 500 to Q.850 cause 41 (temporary failure) toward ISUP.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>RFC 3398 は、ISUP 方向で 500 を Q.850 の cause 41（Temporary failure）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:501</name>
    <message>
        <source>Not Implemented</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>未実装</translation>
    </message>
    <message>
        <source>The server does not support the functionality needed to handle the request, usually an unknown method.</source>
        <comment>summary</comment>
        <translation>サーバーは、リクエストの処理に必要な機能をサポートしていません。通常は未知のメソッドです。</translation>
    </message>
    <message>
        <source>A 501 means the server lacks the capability to process the request at all, typically because it does not recognise the request method for any user. It differs from 405, which is used when the method is known but not allowed for the target resource. Proxies forward requests regardless of method, so a 501 nearly always comes from the far endpoint or a B2BUA.</source>
        <comment>description</comment>
        <translation>501 は、サーバーにリクエストを処理する能力がまったくないことを意味し、典型的にはどのユーザーに対してもそのリクエストメソッドを認識しない場合です。メソッドは既知だが対象リソースに対して許可されていない場合に使われる 405 とは異なります。プロキシはメソッドにかかわらずリクエストを転送するため、501 はほぼ必ず遠端の端末か B2BUA から送られます。</translation>
    </message>
    <message>
        <source>It shows up when a UA sends a method the other side never implemented, such as UPDATE, PRACK, INFO, MESSAGE, REFER, PUBLISH or SUBSCRIBE to an older phone, gateway or PBX. It is also common when DTMF is sent with INFO to a device that only supports RFC 4733 events, or when a keepalive OPTIONS hits a minimal SIP stack.</source>
        <comment>seenWhen</comment>
        <translation>UA が、相手側が実装していないメソッド（古い電話機、ゲートウェイ、PBX に対する UPDATE、PRACK、INFO、MESSAGE、REFER、PUBLISH、SUBSCRIBE など）を送信した場合に現れます。RFC 4733 のイベントしかサポートしない端末に INFO で DTMF を送った場合や、キープアライブの OPTIONS が最小限の SIP スタックに届いた場合にもよく見られます。</translation>
    </message>
    <message>
        <source>Endpoints, B2BUAs and gateways whose SIP stack does not implement the method. A proxy normally does not send it because it forwards unknown methods.</source>
        <comment>sentBy</comment>
        <translation>SIP スタックがそのメソッドを実装していない端末、B2BUA、ゲートウェイが送信します。プロキシは未知のメソッドも転送するため、通常はこれを送信しません。</translation>
    </message>
    <message>
        <source>Resending the same method to the same server will fail again. Retry only with a different mechanism, for example a re-INVITE instead of UPDATE.</source>
        <comment>retryNote</comment>
        <translation>同じメソッドを同じサーバーに再送しても再び失敗します。UPDATE の代わりに re-INVITE を使うなど、別の仕組みでのみ再試行してください。</translation>
    </message>
    <message>
        <source>Look at the CSeq method of the failed transaction to see which method was refused.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>失敗したトランザクションの CSeq のメソッドを見て、どのメソッドが拒否されたかを確認してください。</translation>
    </message>
    <message>
        <source>Send OPTIONS to the peer, or read its Allow header in earlier responses, to see which methods it supports.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>ピアに OPTIONS を送信するか、以前の応答の Allow ヘッダを読んで、ピアがサポートするメソッドを確認してください。</translation>
    </message>
    <message>
        <source>Change the configuration to avoid that method, for example use re-INVITE instead of UPDATE or RFC 4733 DTMF instead of SIP INFO.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>そのメソッドを避けるよう設定を変更してください。たとえば、UPDATE の代わりに re-INVITE を、SIP INFO の代わりに RFC 4733 の DTMF を使用します。</translation>
    </message>
    <message>
        <source>If a B2BUA sits in the path, check whether it drops or refuses methods it does not relay.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>経路上に B2BUA がある場合は、中継しないメソッドを破棄または拒否していないか確認してください。</translation>
    </message>
    <message>
        <source>Its method name tells you which request type the server rejected.</source>
        <comment>header CSeq</comment>
        <extracomment>Why to inspect the CSeq header</extracomment>
        <translation>そのメソッド名から、サーバーがどの種類のリクエストを拒否したかがわかります。</translation>
    </message>
    <message>
        <source>If the server included it, it lists the methods the server does support.</source>
        <comment>header Allow</comment>
        <extracomment>Why to inspect the Allow header</extracomment>
        <translation>サーバーが付与した場合、サーバーがサポートするメソッドを列挙します。</translation>
    </message>
    <message>
        <source>A 405 means the method is recognised but not allowed for this resource; 501 means it is not implemented.</source>
        <comment>related 405</comment>
        <extracomment>How 405 differs</extracomment>
        <translation>405 はメソッドは認識されているがこのリソースに対して許可されていないことを、501 は実装されていないことを意味します。</translation>
    </message>
    <message>
        <source>A 420 refuses an extension named in Require, not a method.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>420 はメソッドではなく、Require で指定された拡張を拒否するものです。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 501 to Q.850 cause 79 (service or option not implemented).</source>
        <comment>related q850:79</comment>
        <extracomment>How q850:79 differs</extracomment>
        <translation>RFC 3398 は 501 を Q.850 の cause 79（Service or option not implemented）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:502</name>
    <message>
        <source>Bad Gateway</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>不正なゲートウェイ</translation>
    </message>
    <message>
        <source>A proxy or gateway received an invalid response from the next server it contacted.</source>
        <comment>summary</comment>
        <translation>プロキシまたはゲートウェイが、接続した次のサーバーから無効な応答を受信しました。</translation>
    </message>
    <message>
        <source>A 502 is sent by an element acting as a gateway or proxy when the downstream server it relied on answered with something it could not use. The problem lies beyond the element that sent the 502, not in the original request. Gateways toward the PSTN also use it when the far network reports that the destination is out of order.</source>
        <comment>description</comment>
        <translation>502 は、ゲートウェイまたはプロキシとして動作する要素が、頼りにしていた下流のサーバーから使用できない応答を受け取った場合に送信されます。問題は元のリクエストではなく、502 を送信した要素より先にあります。PSTN 向けのゲートウェイは、遠端のネットワークから宛先が故障中であると通知された場合にもこれを使用します。</translation>
    </message>
    <message>
        <source>You see it from SBCs and proxies when the carrier or PBX behind them returns a malformed response, drops the connection mid-transaction, or answers with a message that fails parsing. PSTN gateways map ISUP cause 27 (destination out of order) to 502, so it often appears when the called line or its terminating switch is down.</source>
        <comment>seenWhen</comment>
        <translation>SBC やプロキシの背後にあるキャリアや PBX が不正な形式の応答を返した場合、トランザクションの途中で接続を切断した場合、解析に失敗するメッセージで応答した場合に、SBC やプロキシから送られます。PSTN ゲートウェイは ISUP の cause 27（Destination out of order）を 502 にマッピングするため、着信回線やその着信側交換機がダウンしている場合によく現れます。</translation>
    </message>
    <message>
        <source>Proxies, SBCs and PSTN gateways that relay the request to another server and could not use the answer they received.</source>
        <comment>sentBy</comment>
        <translation>リクエストを別のサーバーに中継し、受け取った応答を使用できなかったプロキシ、SBC、PSTN ゲートウェイが送信します。</translation>
    </message>
    <message>
        <source>The request itself may be fine, so a router should try another route or carrier. Resending to the same path usually fails until the downstream element is fixed.</source>
        <comment>retryNote</comment>
        <translation>リクエスト自体には問題がない可能性があるため、ルーターは別のルートやキャリアを試す必要があります。下流の要素が修正されるまでは、同じ経路に再送しても通常は失敗します。</translation>
    </message>
    <message>
        <source>Capture the downstream leg on the element that sent the 502 and inspect the response it got from the next hop.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>502 を送信した要素で下流のレッグをキャプチャし、次ホップから受け取った応答を調べてください。</translation>
    </message>
    <message>
        <source>Check that response for parsing problems such as bad Via, broken Content-Length, or invalid SDP.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>その応答に、不正な Via、壊れた Content-Length、無効な SDP などの解析上の問題がないか確認してください。</translation>
    </message>
    <message>
        <source>Read any Reason header for a Q.850 cause, which points at a PSTN-side failure such as cause 27 or 38.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>Q.850 cause を含む Reason ヘッダがあれば読んでください。cause 27 や 38 など、PSTN 側の障害を示しています。</translation>
    </message>
    <message>
        <source>Fail over to another trunk or route while the downstream issue is fixed.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>下流の問題が修正されるまで、別のトランクやルートにフェイルオーバーしてください。</translation>
    </message>
    <message>
        <source>Often carries the Q.850 cause reported by the PSTN side of a gateway.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>ゲートウェイの PSTN 側から通知された Q.850 cause を含むことがよくあります。</translation>
    </message>
    <message>
        <source>Some SBCs add a 399 text naming the downstream peer or the parse error.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>下流のピアや解析エラーを示す 399 のテキストを付加する SBC もあります。</translation>
    </message>
    <message>
        <source>A 504 means the downstream server did not answer in time rather than answering badly.</source>
        <comment>related 504</comment>
        <extracomment>How 504 differs</extracomment>
        <translation>504 は、下流のサーバーが不正な応答を返したのではなく、時間内に応答しなかったことを意味します。</translation>
    </message>
    <message>
        <source>A 503 means the server that answered is itself unavailable.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>503 は、応答したサーバー自体が利用できないことを意味します。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 502 to Q.850 cause 38 (network out of order).</source>
        <comment>related q850:38</comment>
        <extracomment>How q850:38 differs</extracomment>
        <translation>RFC 3398 は 502 を Q.850 の cause 38（Network out of order）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:503</name>
    <message>
        <source>Service Unavailable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>サービス利用不可</translation>
    </message>
    <message>
        <source>The server is temporarily overloaded or in maintenance; try an alternate server, honouring Retry-After.</source>
        <comment>summary</comment>
        <translation>サーバーが一時的に過負荷またはメンテナンス中です。Retry-After に従い、代替サーバーを試してください。</translation>
    </message>
    <message>
        <source>A 503 says the server cannot handle requests right now because of overload or maintenance. With Retry-After it tells the client how long to avoid that server; without it, the client must treat the answer like a 500. A client that gets 503 should move on to the next server from RFC 3263 DNS SRV or NAPTR resolution, and a proxy should not pass a 503 upstream unless it knows every request it could route would fail, sending 500 instead.</source>
        <comment>description</comment>
        <translation>503 は、過負荷やメンテナンスのためにサーバーが現在リクエストを処理できないことを示します。Retry-After がある場合は、クライアントがそのサーバーを避けるべき期間を示し、ない場合はクライアントは 500 と同様に扱う必要があります。503 を受け取ったクライアントは、RFC 3263 の DNS SRV や NAPTR による解決結果の次のサーバーに移る必要があります。プロキシは、ルーティング可能なすべてのリクエストが失敗すると判断できる場合を除き、503 を上流に渡さず、代わりに 500 を送信する必要があります。</translation>
    </message>
    <message>
        <source>Typical cases are a registrar or PBX in maintenance, a proxy with no reachable destination in its dispatcher set, a trunk over its concurrent call limit, or an SBC shedding load. From carriers a 503 without Retry-After usually reflects a PSTN failure and comes with Reason: Q.850;cause=34 (no circuit available), 38 (network out of order), 41 (temporary failure) or 42 (switching equipment congestion).</source>
        <comment>seenWhen</comment>
        <translation>典型的なケースは、メンテナンス中のレジストラや PBX、dispatcher セットに到達可能な宛先がないプロキシ、同時通話数の上限を超えたトランク、負荷を制限している SBC です。キャリアからの Retry-After なしの 503 は通常 PSTN の障害を反映しており、Reason: Q.850;cause=34（No circuit available）、38（Network out of order）、41（Temporary failure）、42（Switching equipment congestion）を伴います。</translation>
    </message>
    <message>
        <source>Servers that are overloaded or administratively down, and carrier gateways reporting congestion on the PSTN side. Proxies also send it when no downstream destination is available.</source>
        <comment>sentBy</comment>
        <translation>過負荷または管理上停止しているサーバー、および PSTN 側の輻輳を通知するキャリアゲートウェイが送信します。プロキシも、利用可能な下流の宛先がない場合に送信します。</translation>
    </message>
    <message>
        <source>Forward the request to the next server from DNS SRV or the configured route list and do not send new requests to this server for the Retry-After period. A proxy whose only downstream answer is 503 should return 500 upstream so that the caller does not blacklist the proxy itself.</source>
        <comment>retryNote</comment>
        <translation>DNS SRV または設定済みのルートリストの次のサーバーにリクエストを転送し、Retry-After の期間はこのサーバーに新しいリクエストを送らないでください。下流からの唯一の応答が 503 だったプロキシは、発信側がプロキシ自体をブラックリストに入れないよう、上流へは 500 を返す必要があります。</translation>
    </message>
    <message>
        <source>Check for Retry-After: if present, the server is asking to be left alone for that many seconds, so send traffic to another SRV target meanwhile.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Retry-After を確認してください。ある場合、サーバーはその秒数の間は送信しないよう求めているため、その間は別の SRV ターゲットにトラフィックを送ってください。</translation>
    </message>
    <message>
        <source>Read the Reason header for a Q.850 cause to tell trunk congestion (34, 42) from network faults (38, 41).</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>Reason ヘッダの Q.850 cause を読み、トランクの輻輳（34、42）とネットワーク障害（38、41）を区別してください。</translation>
    </message>
    <message>
        <source>Check channel or call limits, licenses and registration state on the trunk or PBX that answered.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>応答したトランクや PBX で、チャネル数や通話数の上限、ライセンス、登録状態を確認してください。</translation>
    </message>
    <message>
        <source>Make sure DNS SRV or the dialer/dispatcher list has a working secondary and that failover on 503 is enabled.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>DNS SRV または dialer/dispatcher のリストに正常なセカンダリがあること、および 503 でのフェイルオーバーが有効になっていることを確認してください。</translation>
    </message>
    <message>
        <source>Tells how many seconds to avoid this server; without it the response is handled like a 500.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>このサーバーを避けるべき秒数を示します。ない場合、応答は 500 と同様に扱われます。</translation>
    </message>
    <message>
        <source>Carrier gateways put the Q.850 cause here, for example cause=34 or cause=41.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>キャリアゲートウェイは、cause=34 や cause=41 など、Q.850 cause をここに入れます。</translation>
    </message>
    <message>
        <source>Some SBCs add a 399 text such as a call limit or capacity message.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>通話数の上限や容量に関するメッセージなど、399 のテキストを付加する SBC もあります。</translation>
    </message>
    <message>
        <source>A 500 is a generic failure; a 503 without Retry-After is handled as if it were a 500.</source>
        <comment>related 500</comment>
        <extracomment>How 500 differs</extracomment>
        <translation>500 は汎用的な失敗です。Retry-After のない 503 は 500 と同様に扱われます。</translation>
    </message>
    <message>
        <source>A 480 says the callee is unavailable, not the server.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>480 は、サーバーではなく着信側が利用できないことを示します。</translation>
    </message>
    <message>
        <source>No circuit available; RFC 3398 maps this ISUP cause to 503.</source>
        <comment>related q850:34</comment>
        <extracomment>How q850:34 differs</extracomment>
        <translation>No circuit available。RFC 3398 はこの ISUP の cause を 503 にマッピングします。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 503 to cause 41 (temporary failure) and causes 38, 41 and 42 back to 503.</source>
        <comment>related q850:41</comment>
        <extracomment>How q850:41 differs</extracomment>
        <translation>RFC 3398 は 503 を cause 41（Temporary failure）に、また cause 38、41、42 を 503 にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:504</name>
    <message>
        <source>Server Time-out</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>サーバータイムアウト</translation>
    </message>
    <message>
        <source>The server gave up waiting for another server it needed, such as DNS, a database or the next hop.</source>
        <comment>summary</comment>
        <translation>サーバーが、DNS、データベース、次ホップなど、必要とする別のサーバーの応答待ちを打ち切りました。</translation>
    </message>
    <message>
        <source>A 504 means the server tried to use some external server to process the request and did not get a timely answer. The failure is upstream of the server that replied, not in the request. RFC 3261 reserves 408 for the case where no answer arrived within the time given by Expires, but in practice many SBCs and gateways use 504 when their next hop stays silent.</source>
        <comment>description</comment>
        <translation>504 は、サーバーがリクエストを処理するために外部のサーバーを利用しようとしたものの、時間内に応答が得られなかったことを意味します。失敗はリクエストではなく、応答したサーバーより先にあります。RFC 3261 では、Expires で指定された時間内に応答がなかった場合には 408 を使うことになっていますが、実際には多くの SBC やゲートウェイが、次ホップが応答しない場合に 504 を使用します。</translation>
    </message>
    <message>
        <source>You see it when a proxy&apos;s DNS lookup for the next hop times out, when an application server waits too long on a database, ENUM or LNP dip, or when an SBC&apos;s INVITE to the carrier gets no response before Timer B fires. Microsoft Teams Direct Routing and many trunks report 504 when the SBC or gateway behind them does not respond.</source>
        <comment>seenWhen</comment>
        <translation>プロキシの次ホップに対する DNS 検索がタイムアウトした場合、アプリケーションサーバーがデータベース、ENUM、LNP の照会で長く待たされた場合、SBC からキャリアへの INVITE が Timer B の満了前に応答を得られなかった場合に見られます。Microsoft Teams の Direct Routing や多くのトランクは、背後の SBC やゲートウェイが応答しない場合に 504 を報告します。</translation>
    </message>
    <message>
        <source>Proxies, SBCs and gateways that depend on another server or lookup that timed out.</source>
        <comment>sentBy</comment>
        <translation>タイムアウトした別のサーバーや検索に依存しているプロキシ、SBC、ゲートウェイが送信します。</translation>
    </message>
    <message>
        <source>Try an alternative route or server right away if one exists. Resending to the same path is only useful once the unreachable host or lookup recovers.</source>
        <comment>retryNote</comment>
        <translation>代替ルートや代替サーバーがあれば、直ちに試してください。同じ経路への再送が有効なのは、到達できないホストや検索が回復した後に限られます。</translation>
    </message>
    <message>
        <source>Find which element sent the 504 from Via and Server headers, then look at its outbound leg for the unanswered request.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Via と Server ヘッダから 504 を送信した要素を特定し、その送出側レッグで応答のなかったリクエストを確認してください。</translation>
    </message>
    <message>
        <source>Check DNS resolution (NAPTR, SRV, A records) for the next hop and the reachability of that host on the right transport and port.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>次ホップの DNS 解決（NAPTR、SRV、A レコード）と、正しいトランスポートとポートでそのホストに到達できるかを確認してください。</translation>
    </message>
    <message>
        <source>Check firewalls and NAT for dropped SIP, especially large UDP INVITEs that fragment.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ファイアウォールや NAT で SIP が破棄されていないか、特にフラグメント化される大きな UDP の INVITE について確認してください。</translation>
    </message>
    <message>
        <source>Review timeouts on database, ENUM or routing lookups and add a secondary next hop.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>データベース、ENUM、ルーティング検索のタイムアウトを見直し、セカンダリの次ホップを追加してください。</translation>
    </message>
    <message>
        <source>May name the timeout, for example Q.850 cause 102, on gateways.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>ゲートウェイでは、Q.850 の cause 102 など、タイムアウトを示すことがあります。</translation>
    </message>
    <message>
        <source>Some products add a 399 text naming the host or lookup that timed out.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>タイムアウトしたホストや検索を示す 399 のテキストを付加する製品もあります。</translation>
    </message>
    <message>
        <source>A 408 is the standard code for no final answer from the callee side within the transaction timeout.</source>
        <comment>related 408</comment>
        <extracomment>How 408 differs</extracomment>
        <translation>408 は、トランザクションのタイムアウト時間内に着信側から最終応答がなかった場合の標準コードです。</translation>
    </message>
    <message>
        <source>A 503 is an explicit refusal due to overload rather than silence.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>503 は、無応答ではなく過負荷による明示的な拒否です。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 504 to Q.850 cause 102 (recovery on timer expiry).</source>
        <comment>related q850:102</comment>
        <extracomment>How q850:102 differs</extracomment>
        <translation>RFC 3398 は 504 を Q.850 の cause 102（Recovery on timer expiry）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:505</name>
    <message>
        <source>Version Not Supported</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>サポートされていないバージョン</translation>
    </message>
    <message>
        <source>The server does not support the SIP protocol version used in the request.</source>
        <comment>summary</comment>
        <translation>サーバーは、リクエストで使用された SIP プロトコルのバージョンをサポートしていません。</translation>
    </message>
    <message>
        <source>A 505 rejects the request because the version string in the request line, such as something other than SIP/2.0, is not supported. Since nearly all deployed equipment speaks SIP/2.0, a 505 usually points to a broken or non-SIP sender rather than a real version mismatch.</source>
        <comment>description</comment>
        <translation>505 は、リクエスト行のバージョン文字列（SIP/2.0 以外のものなど）がサポートされていないためにリクエストを拒否するものです。導入済みの機器のほぼすべてが SIP/2.0 を使用しているため、505 は通常、実際のバージョン不一致ではなく、壊れた送信元や SIP 以外の送信元を示しています。</translation>
    </message>
    <message>
        <source>It appears with scanners and fuzzers sending odd request lines, with old SIP/1.0 devices, with HTTP or other traffic aimed at port 5060, and with buggy stacks or header manipulation rules that corrupt the request line or Via sent-protocol.</source>
        <comment>seenWhen</comment>
        <translation>奇妙なリクエスト行を送るスキャナーやファザー、古い SIP/1.0 の機器、ポート 5060 宛ての HTTP などのトラフィック、およびリクエスト行や Via の sent-protocol を壊すバグのあるスタックやヘッダ操作ルールで現れます。</translation>
    </message>
    <message>
        <source>Any SIP server that parses a request with an unsupported version string.</source>
        <comment>sentBy</comment>
        <translation>サポートされていないバージョン文字列を持つリクエストを解析したあらゆる SIP サーバーが送信します。</translation>
    </message>
    <message>
        <source>The request can only succeed if it is resent with SIP/2.0. Do not retry unchanged.</source>
        <comment>retryNote</comment>
        <translation>リクエストが成功するのは SIP/2.0 で再送した場合のみです。変更せずに再試行しないでください。</translation>
    </message>
    <message>
        <source>Inspect the raw request line and Via headers for the protocol version string.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>生のリクエスト行と Via ヘッダで、プロトコルのバージョン文字列を確認してください。</translation>
    </message>
    <message>
        <source>Check SBC or proxy header manipulation rules that rewrite the request line.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>リクエスト行を書き換える SBC やプロキシのヘッダ操作ルールを確認してください。</translation>
    </message>
    <message>
        <source>Identify the source IP; if it is a scanner, block it rather than troubleshooting further.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>送信元 IP を特定してください。スキャナーであれば、それ以上調査せずにブロックしてください。</translation>
    </message>
    <message>
        <source>Each Via carries the protocol name and version, which must also read SIP/2.0.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>各 Via にはプロトコル名とバージョンが含まれ、これも SIP/2.0 でなければなりません。</translation>
    </message>
    <message>
        <source>A 400 covers other malformed requests; 505 is specific to the version string.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>400 はその他の不正な形式のリクエストを対象とし、505 はバージョン文字列に特化したものです。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 505 to Q.850 cause 127 (interworking, unspecified).</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>RFC 3398 は 505 を Q.850 の cause 127（Interworking, unspecified）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:513</name>
    <message>
        <source>Message Too Large</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>メッセージが大きすぎます</translation>
    </message>
    <message>
        <source>The request is longer than the server is able to process.</source>
        <comment>summary</comment>
        <translation>リクエストが、サーバーが処理できる長さを超えています。</translation>
    </message>
    <message>
        <source>A 513 means the whole message exceeded the size the server can handle. It is closely linked to transport choice: RFC 3261 requires a request that exceeds 1300 bytes (when the path MTU is unknown) or comes within 200 bytes of the path MTU to be sent over a congestion-controlled transport such as TCP instead of UDP.</source>
        <comment>description</comment>
        <translation>513 は、メッセージ全体がサーバーの処理できるサイズを超えたことを意味します。トランスポートの選択と密接に関係しており、RFC 3261 では、1300 バイトを超える（パス MTU が不明な場合）か、パス MTU まで 200 バイト以内となるリクエストは、UDP ではなく TCP などの輻輳制御付きトランスポートで送信することが求められています。</translation>
    </message>
    <message>
        <source>It happens with large INVITEs carrying long SDP with many codecs, ICE candidates, crypto lines or video, with multipart bodies, or after many Via and Record-Route headers have been added. Some SBCs and older phones answer 513 when a UDP datagram exceeds their buffer, and fragmented UDP is often dropped by NAT and firewalls before it even arrives.</source>
        <comment>seenWhen</comment>
        <translation>多数のコーデック、ICE 候補、crypto 行、ビデオを含む長い SDP を持つ大きな INVITE、マルチパートボディ、または多数の Via や Record-Route ヘッダが追加された後に発生します。UDP データグラムがバッファを超えると 513 で応答する SBC や古い電話機もあり、フラグメント化された UDP は届く前に NAT やファイアウォールで破棄されることがよくあります。</translation>
    </message>
    <message>
        <source>Endpoints, proxies and SBCs whose receive buffer or policy limits message length.</source>
        <comment>sentBy</comment>
        <translation>受信バッファやポリシーによってメッセージ長を制限している端末、プロキシ、SBC が送信します。</translation>
    </message>
    <message>
        <source>Resend only after shrinking the message or switching to TCP or TLS. The same message over the same transport will fail again.</source>
        <comment>retryNote</comment>
        <translation>メッセージを小さくするか、TCP や TLS に切り替えた後に限り再送してください。同じトランスポートで同じメッセージを送っても再び失敗します。</translation>
    </message>
    <message>
        <source>Check the message size and transport in the trace; a UDP INVITE above roughly 1300 bytes is a red flag.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>トレースでメッセージサイズとトランスポートを確認してください。約 1300 バイトを超える UDP の INVITE は危険信号です。</translation>
    </message>
    <message>
        <source>Switch the trunk or phone to TCP or TLS so large messages are not fragmented.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>大きなメッセージがフラグメント化されないよう、トランクや電話機を TCP または TLS に切り替えてください。</translation>
    </message>
    <message>
        <source>Trim the SDP by removing unused codecs, and drop unnecessary headers added by header manipulation.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>未使用のコーデックを削除して SDP を小さくし、ヘッダ操作で追加された不要なヘッダを削除してください。</translation>
    </message>
    <message>
        <source>Enable compact header forms if the devices support them.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>端末がサポートしていれば、ヘッダの短縮形（コンパクトフォーム）を有効にしてください。</translation>
    </message>
    <message>
        <source>Shows the body size, which is usually the bulk of an oversized INVITE.</source>
        <comment>header Content-Length</comment>
        <extracomment>Why to inspect the Content-Length header</extracomment>
        <translation>ボディサイズを示します。サイズ超過の INVITE では通常、ボディが大部分を占めます。</translation>
    </message>
    <message>
        <source>The transport token shows whether the oversized message went over UDP.</source>
        <comment>header Via</comment>
        <extracomment>Why to inspect the Via header</extracomment>
        <translation>トランスポートのトークンから、サイズ超過のメッセージが UDP で送られたかどうかがわかります。</translation>
    </message>
    <message>
        <source>A 413 rejects an oversized body specifically; 513 concerns the whole message.</source>
        <comment>related 413</comment>
        <extracomment>How 413 differs</extracomment>
        <translation>413 はサイズ超過のボディに特化した拒否で、513 はメッセージ全体に関するものです。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 513 to Q.850 cause 127 (interworking, unspecified).</source>
        <comment>related q850:127</comment>
        <extracomment>How q850:127 differs</extracomment>
        <translation>RFC 3398 は 513 を Q.850 の cause 127（Interworking, unspecified）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:555</name>
    <message>
        <source>Push Notification Service Not Supported</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>プッシュ通知サービスはサポートされていません</translation>
    </message>
    <message>
        <source>The proxy does not support the push notification service named in the REGISTER.</source>
        <comment>summary</comment>
        <translation>プロキシは、REGISTER で指定されたプッシュ通知サービスをサポートしていません。</translation>
    </message>
    <message>
        <source>RFC 8599 lets a mobile UA register with push parameters (pn-provider, pn-prid, pn-param) in its Contact URI so that a SIP proxy can wake it through a push service such as APNs or FCM before delivering a call. A 555 tells the UA that the proxy cannot use the push service it named, so the UA cannot rely on push to become reachable through that proxy.</source>
        <comment>description</comment>
        <translation>RFC 8599 により、モバイル UA は Contact URI にプッシュ用パラメータ（pn-provider、pn-prid、pn-param）を付けて登録でき、SIP プロキシは呼を届ける前に APNs や FCM などのプッシュサービスを通じて UA を起動できます。555 は、UA が指定したプッシュサービスをプロキシが使用できないことを UA に伝えるもので、UA はそのプロキシ経由で到達可能になるためにプッシュに頼ることはできません。</translation>
    </message>
    <message>
        <source>You see it in reply to a REGISTER from a mobile softphone whose Contact carries a pn-provider value the server does not support, for example an iOS app asking for apns against a server that only implements fcm, or an app pointed at a platform without RFC 8599 support.</source>
        <comment>seenWhen</comment>
        <translation>サーバーがサポートしていない pn-provider の値を Contact に含むモバイルソフトフォンからの REGISTER に対して見られます。たとえば、fcm しか実装していないサーバーに対して apns を要求する iOS アプリや、RFC 8599 をサポートしていないプラットフォームに向けられたアプリです。</translation>
    </message>
    <message>
        <source>The SIP proxy in front of the registrar that is responsible for sending push notifications.</source>
        <comment>sentBy</comment>
        <translation>レジストラの前段にあり、プッシュ通知の送信を担当する SIP プロキシが送信します。</translation>
    </message>
    <message>
        <source>Re-register only with a supported pn-provider or without push parameters. Repeating the same REGISTER will keep failing.</source>
        <comment>retryNote</comment>
        <translation>サポートされている pn-provider を使うか、プッシュ用パラメータなしでのみ再登録してください。同じ REGISTER を繰り返しても失敗し続けます。</translation>
    </message>
    <message>
        <source>Look at the Contact URI of the REGISTER and note the pn-provider, pn-prid and pn-param values.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>REGISTER の Contact URI を確認し、pn-provider、pn-prid、pn-param の値を控えてください。</translation>
    </message>
    <message>
        <source>Check which push services the proxy supports, for example from the sip.pns value in Feature-Caps of successful registrations.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>プロキシがサポートするプッシュサービスを確認してください。たとえば、成功した登録の Feature-Caps にある sip.pns の値からわかります。</translation>
    </message>
    <message>
        <source>Configure the app for a supported push service, or register without push parameters and keep the connection alive by other means.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>サポートされているプッシュサービスを使うようアプリを設定するか、プッシュ用パラメータなしで登録して別の手段で接続を維持してください。</translation>
    </message>
    <message>
        <source>On the server side, add the push provider credentials for that service if it should be supported.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>サーバー側でそのサービスをサポートすべき場合は、そのサービス用のプッシュプロバイダーの認証情報を追加してください。</translation>
    </message>
    <message>
        <source>Carries the pn-provider, pn-prid and pn-param URI parameters that named the push service.</source>
        <comment>header Contact</comment>
        <extracomment>Why to inspect the Contact header</extracomment>
        <translation>プッシュサービスを指定した pn-provider、pn-prid、pn-param の URI パラメータを含みます。</translation>
    </message>
    <message>
        <source>A proxy that supports push advertises sip.pns here, listing the service it can use.</source>
        <comment>header Feature-Caps</comment>
        <extracomment>Why to inspect the Feature-Caps header</extracomment>
        <translation>プッシュをサポートするプロキシはここで sip.pns を通知し、使用できるサービスを列挙します。</translation>
    </message>
    <message>
        <source>A 420 rejects an extension listed in Require; 555 rejects the chosen push service.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>420 は Require に列挙された拡張を拒否するもので、555 は選択されたプッシュサービスを拒否するものです。</translation>
    </message>
    <message>
        <source>A 501 means a method is not implemented at all.</source>
        <comment>related 501</comment>
        <extracomment>How 501 differs</extracomment>
        <translation>501 は、メソッドがまったく実装されていないことを意味します。</translation>
    </message>
</context>
<context>
    <name>sip:580</name>
    <message>
        <source>Precondition Failure</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>前提条件の失敗</translation>
    </message>
    <message>
        <source>The session cannot be set up because a required precondition, usually QoS reservation, cannot be met.</source>
        <comment>summary</comment>
        <translation>必須の前提条件（通常は QoS の予約）を満たせないため、セッションを確立できません。</translation>
    </message>
    <message>
        <source>RFC 3312 lets an INVITE make session setup depend on preconditions such as QoS resource reservation, negotiated with a=curr, a=des and a=conf in SDP and signalled with the precondition option tag. When a mandatory precondition cannot be met, the answerer rejects the offer with 580 and includes SDP that marks the failed precondition with the strength tag failure, or unknown for precondition types it does not understand. RFC 4032 updates the framework.</source>
        <comment>description</comment>
        <translation>RFC 3312 により、INVITE はセッション確立を QoS リソース予約などの前提条件（precondition）に依存させることができます。前提条件は SDP の a=curr、a=des、a=conf でネゴシエーションされ、precondition オプションタグで通知されます。必須の前提条件を満たせない場合、応答側は 580 でオファーを拒否し、失敗した前提条件を強度タグ failure で（理解できない前提条件タイプは unknown で）示した SDP を含めます。RFC 4032 はこのフレームワークを更新しています。</translation>
    </message>
    <message>
        <source>It is most common in IMS, VoLTE and VoNR, where a UE or P-CSCF cannot obtain the dedicated voice bearer (for example a 5QI 1 or QCI 1 GBR bearer) and the call fails before alerting. It also appears when an INVITE carries Require: precondition toward a network element that cannot reserve resources.</source>
        <comment>seenWhen</comment>
        <translation>IMS、VoLTE、VoNR で最もよく見られ、UE や P-CSCF が音声用の専用ベアラ（たとえば 5QI 1 や QCI 1 の GBR ベアラ）を確保できず、呼び出し前に呼が失敗する場合です。リソースを予約できないネットワーク要素に向けて、INVITE が Require: precondition を含んでいる場合にも現れます。</translation>
    </message>
    <message>
        <source>The answerer, typically a UE or an IMS element, that could not satisfy a mandatory precondition.</source>
        <comment>sentBy</comment>
        <translation>必須の前提条件を満たせなかった応答側が送信します。通常は UE または IMS 要素です。</translation>
    </message>
    <message>
        <source>A new attempt may succeed once resources are available, but do not loop immediately. If policy allows, retry without mandatory preconditions.</source>
        <comment>retryNote</comment>
        <translation>リソースが利用可能になれば新たな試行が成功する可能性がありますが、すぐに繰り返さないでください。ポリシーが許せば、必須の前提条件なしで再試行してください。</translation>
    </message>
    <message>
        <source>Check the INVITE for Require or Supported: precondition and the a=des:qos lines to see which preconditions were mandatory.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>INVITE の Require または Supported: precondition と a=des:qos 行を確認し、どの前提条件が必須だったかを調べてください。</translation>
    </message>
    <message>
        <source>Read the SDP in the 580 to see which stream and which status type (local, remote, e2e) failed.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>580 の SDP を読み、どのストリームのどのステータスタイプ（local、remote、e2e）が失敗したかを確認してください。</translation>
    </message>
    <message>
        <source>On mobile networks, check bearer setup on the PCRF/PCF and radio side at the same time.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>モバイルネットワークでは、同時刻の PCRF/PCF と無線側でのベアラ確立を確認してください。</translation>
    </message>
    <message>
        <source>If the far end does not need QoS preconditions, send the offer with Supported instead of Require so the call can proceed without them.</source>
        <comment>howToFix 4</comment>
        <extracomment>Step 4 of how to fix it</extracomment>
        <translation>遠端が QoS の前提条件を必要としない場合は、前提条件なしで呼を進められるよう、Require ではなく Supported を付けてオファーを送信してください。</translation>
    </message>
    <message>
        <source>Shows whether the INVITE made preconditions mandatory with the precondition option tag.</source>
        <comment>header Require</comment>
        <extracomment>Why to inspect the Require header</extracomment>
        <translation>INVITE が precondition オプションタグで前提条件を必須としていたかどうかを示します。</translation>
    </message>
    <message>
        <source>Shows whether preconditions were offered as optional.</source>
        <comment>header Supported</comment>
        <extracomment>Why to inspect the Supported header</extracomment>
        <translation>前提条件が任意として提示されていたかどうかを示します。</translation>
    </message>
    <message>
        <source>IMS elements often add a reason such as a bearer loss or resource failure cause.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>IMS 要素は、ベアラ喪失やリソース障害の cause などの理由を付加することがよくあります。</translation>
    </message>
    <message>
        <source>A 488 rejects the SDP itself; 580 means the SDP was fine but the precondition failed.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>488 は SDP 自体を拒否するもので、580 は SDP には問題がないものの前提条件が満たされなかったことを意味します。</translation>
    </message>
    <message>
        <source>A 420 is returned when the UAS does not support the precondition extension at all.</source>
        <comment>related 420</comment>
        <extracomment>How 420 differs</extracomment>
        <translation>420 は、UAS が precondition 拡張をまったくサポートしていない場合に返されます。</translation>
    </message>
    <message>
        <source>A 421 is sent when the UAS requires preconditions that the UAC did not offer.</source>
        <comment>related 421</comment>
        <extracomment>How 421 differs</extracomment>
        <translation>421 は、UAC が提示しなかった前提条件を UAS が要求する場合に送信されます。</translation>
    </message>
</context>
<context>
    <name>sip:600</name>
    <message>
        <source>Busy Everywhere</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>全端末話中</translation>
    </message>
    <message>
        <source>The callee is busy and no other location will take the call now; Retry-After may give a callback time.</source>
        <comment>summary</comment>
        <translation>着信側は話中で、現在は他のどのロケーションも呼を受けません。Retry-After で折り返しの時期が示されることがあります。</translation>
    </message>
    <message>
        <source>A 600 reports that the callee was reached but is busy and does not want the call at this time, and it should only be sent when the responder knows that no other end system would accept it. As a 6xx global failure it makes a forking proxy cancel its other pending branches and stop creating new ones. A Retry-After header can indicate when to call back.</source>
        <comment>description</comment>
        <translation>600 は、着信側には到達したものの話中で現時点では呼を望んでいないことを通知するもので、他のどの端末システムも受け付けないと応答側が把握している場合にのみ送信すべきものです。6xx のグローバル失敗であるため、フォーキングプロキシは保留中の他のブランチをキャンセルし、新たなブランチの生成を停止します。Retry-After ヘッダで折り返し発信の時期が示されることがあります。</translation>
    </message>
    <message>
        <source>You see it when a user with multiple devices or a hunt group is busy on every one and the system answers authoritatively, or when a PBX applies do-not-disturb or a per-user call limit across all devices. Some phones and PBXs send 600 where 486 was intended, which stops forking to voicemail or other devices.</source>
        <comment>seenWhen</comment>
        <translation>複数の端末を持つユーザーやハントグループのすべての端末が話中で、システムが権威ある応答を返す場合や、PBX がすべての端末にわたって応答不可（DND）やユーザー単位の通話数制限を適用する場合に見られます。486 のつもりで 600 を送信する電話機や PBX もあり、その場合ボイスメールや他の端末へのフォーキングが止まってしまいます。</translation>
    </message>
    <message>
        <source>A UAS or PBX that has authoritative knowledge that the user is busy at every location.</source>
        <comment>sentBy</comment>
        <translation>ユーザーがすべてのロケーションで話中であることを確実に把握している UAS や PBX が送信します。</translation>
    </message>
    <message>
        <source>Do not try other locations for this call; a forking proxy cancels outstanding branches on a 6xx. The caller may try again later, after the Retry-After time if one is present.</source>
        <comment>retryNote</comment>
        <translation>この呼について他のロケーションを試さないでください。フォーキングプロキシは 6xx を受けると未完了のブランチをキャンセルします。発信側は、Retry-After があればその時間の後に、改めて発信してもかまいません。</translation>
    </message>
    <message>
        <source>Confirm the callee really is busy on all devices and that DND or a per-user call limit is not set by mistake.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>着信側が本当にすべての端末で話中であること、また DND やユーザー単位の通話数制限が誤って設定されていないことを確認してください。</translation>
    </message>
    <message>
        <source>If other devices or voicemail should have been tried, change the device or PBX to send 486 instead so forking continues.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>他の端末やボイスメールも試されるべきだった場合は、フォーキングが継続するよう、端末や PBX が代わりに 486 を送信するよう変更してください。</translation>
    </message>
    <message>
        <source>Honour Retry-After if you run an auto-dialer or callback service.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>自動発信やコールバックのサービスを運用している場合は、Retry-After に従ってください。</translation>
    </message>
    <message>
        <source>May say when the callee expects to be free.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>着信側が空く見込みの時期を示すことがあります。</translation>
    </message>
    <message>
        <source>A gateway may include Q.850 cause 17 (user busy).</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>ゲートウェイは Q.850 の cause 17（User busy）を含めることがあります。</translation>
    </message>
    <message>
        <source>A 486 is busy at this location only, so a forking proxy keeps trying other branches.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>486 はこのロケーションでのみ話中であることを示すため、フォーキングプロキシは他のブランチを試し続けます。</translation>
    </message>
    <message>
        <source>A 603 is an explicit refusal rather than busy.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>603 は、話中ではなく明示的な拒否です。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 600 to Q.850 cause 17 (user busy).</source>
        <comment>related q850:17</comment>
        <extracomment>How q850:17 differs</extracomment>
        <translation>RFC 3398 は 600 を Q.850 の cause 17（User busy）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:603</name>
    <message>
        <source>Decline</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>拒否</translation>
    </message>
    <message>
        <source>The callee explicitly rejected the call; a Retry-After may suggest a better time.</source>
        <comment>summary</comment>
        <translation>着信側が明示的に呼を拒否しました。Retry-After で都合のよい時期が示されることがあります。</translation>
    </message>
    <message>
        <source>A 603 means the callee&apos;s device was reached but the user, or a policy acting for the user, chose not to take the call. Being a 6xx global failure it ends the search: a forking proxy cancels its other branches, so other devices and forwarding rules are not tried. Retry-After may suggest a later time.</source>
        <comment>description</comment>
        <translation>603 は、着信側の端末には到達したものの、ユーザー（またはユーザーに代わるポリシー）が呼を受けないことを選んだことを意味します。6xx のグローバル失敗であるため探索はここで終わり、フォーキングプロキシは他のブランチをキャンセルするので、他の端末や転送ルールは試されません。Retry-After で後の時期が示されることがあります。</translation>
    </message>
    <message>
        <source>You see it when a user presses Reject or Decline on a phone or softphone configured to send 603, when a PBX call screening or blacklist rule refuses the caller, and when carrier robocall filters block calls. Because it stops forking, a 603 from one device can prevent the call from reaching other devices or voicemail.</source>
        <comment>seenWhen</comment>
        <translation>603 を送るよう設定された電話機やソフトフォンでユーザーが拒否ボタンを押した場合、PBX の着信スクリーニングやブラックリストのルールが発信者を拒否した場合、キャリアの迷惑電話（ロボコール）フィルターが呼をブロックした場合に見られます。フォーキングを停止させるため、1 台の端末からの 603 によって、呼が他の端末やボイスメールに届かなくなることがあります。</translation>
    </message>
    <message>
        <source>The called endpoint when the user declines, or a PBX or carrier element rejecting the call on the user&apos;s behalf.</source>
        <comment>sentBy</comment>
        <translation>ユーザーが拒否した場合の着信側端末、またはユーザーに代わって呼を拒否する PBX やキャリアの要素が送信します。</translation>
    </message>
    <message>
        <source>Do not retry automatically and do not try other locations; the decision is final for this call. If Retry-After is present, a new call may be placed after that time.</source>
        <comment>retryNote</comment>
        <translation>自動的に再試行せず、他のロケーションも試さないでください。この呼についての決定は最終的なものです。Retry-After がある場合は、その時間の後に新たに発信してもかまいません。</translation>
    </message>
    <message>
        <source>Check whether the callee rejected the call manually or a screening, blacklist or anonymous-call rule fired.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>着信側が手動で呼を拒否したのか、スクリーニング、ブラックリスト、非通知着信拒否のルールが作動したのかを確認してください。</translation>
    </message>
    <message>
        <source>If rejecting on one device should still send the call to voicemail or other devices, configure the phone to send 486 instead of 603.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>1 台の端末で拒否しても呼をボイスメールや他の端末に送るべき場合は、603 ではなく 486 を送信するよう電話機を設定してください。</translation>
    </message>
    <message>
        <source>For outbound campaigns, check caller ID reputation and STIR/SHAKEN attestation if carriers decline calls.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>発信キャンペーンでキャリアに呼を拒否される場合は、発信者番号の評判と STIR/SHAKEN のアテステーションを確認してください。</translation>
    </message>
    <message>
        <source>May indicate when the callee would accept a call.</source>
        <comment>header Retry-After</comment>
        <extracomment>Why to inspect the Retry-After header</extracomment>
        <translation>着信側が呼を受け付ける時期を示すことがあります。</translation>
    </message>
    <message>
        <source>Gateways may add Q.850 cause 21 (call rejected) or a vendor text.</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>ゲートウェイは Q.850 の cause 21（Call rejected）やベンダー独自のテキストを付加することがあります。</translation>
    </message>
    <message>
        <source>A 486 is busy at one location and lets forking continue.</source>
        <comment>related 486</comment>
        <extracomment>How 486 differs</extracomment>
        <translation>486 は 1 つのロケーションでの話中であり、フォーキングは継続します。</translation>
    </message>
    <message>
        <source>A 607 additionally says the caller is unwanted, for example spam.</source>
        <comment>related 607</comment>
        <extracomment>How 607 differs</extracomment>
        <translation>607 はさらに、発信者が迷惑（スパムなど）であることを示します。</translation>
    </message>
    <message>
        <source>A 600 reports busy everywhere rather than a deliberate refusal.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation>600 は、意図的な拒否ではなく全端末での話中を通知します。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 603 to Q.850 cause 21 (call rejected).</source>
        <comment>related q850:21</comment>
        <extracomment>How q850:21 differs</extracomment>
        <translation>RFC 3398 は 603 を Q.850 の cause 21（Call rejected）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:604</name>
    <message>
        <source>Does Not Exist Anywhere</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>どこにも存在しません</translation>
    </message>
    <message>
        <source>The server has authoritative information that the requested user does not exist anywhere.</source>
        <comment>summary</comment>
        <translation>サーバーは、要求されたユーザーがどこにも存在しないという権威ある情報を持っています。</translation>
    </message>
    <message>
        <source>A 604 is the global form of 404: the responder knows for certain that the user in the Request-URI does not exist at any location, not just at this server. Because it is a 6xx, forking stops and other targets are not tried.</source>
        <comment>description</comment>
        <translation>604 は 404 のグローバル版です。応答側は、Request-URI のユーザーがこのサーバーだけでなく、どのロケーションにも存在しないことを確実に把握しています。6xx であるため、フォーキングは停止し、他のターゲットは試されません。</translation>
    </message>
    <message>
        <source>You see it from a carrier or number database when a dialed number is unassigned or disconnected, from a PBX that owns the whole domain and has no such user, and from routing engines after an LNP or ENUM lookup that returns no record.</source>
        <comment>seenWhen</comment>
        <translation>ダイヤルされた番号が欠番または解約済みの場合にキャリアや番号データベースから、ドメイン全体を管理していて該当するユーザーがいない PBX から、また LNP や ENUM の検索でレコードが返らなかった後のルーティングエンジンから送られます。</translation>
    </message>
    <message>
        <source>A proxy, redirect server or PBX that is authoritative for the user or number range.</source>
        <comment>sentBy</comment>
        <translation>そのユーザーや番号範囲について権威を持つプロキシ、リダイレクトサーバー、PBX が送信します。</translation>
    </message>
    <message>
        <source>Do not retry the same URI on other routes; the answer is authoritative. Only a corrected Request-URI can succeed.</source>
        <comment>retryNote</comment>
        <translation>同じ URI を他のルートで再試行しないでください。この応答は権威あるものです。成功するのは、修正された Request-URI の場合のみです。</translation>
    </message>
    <message>
        <source>Check the Request-URI for digit manipulation errors, missing country code or wrong prefix.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Request-URI に、桁操作の誤り、国番号の欠落、誤ったプレフィックスがないか確認してください。</translation>
    </message>
    <message>
        <source>Confirm the number or user really exists in the provisioning or number portability data.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>その番号やユーザーが、プロビジョニングデータや番号ポータビリティのデータに実際に存在することを確認してください。</translation>
    </message>
    <message>
        <source>If the sender is not authoritative for the domain, change it to return 404 so other routes can be tried.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>送信元がそのドメインについて権威を持たない場合は、他のルートを試せるよう 404 を返すように変更してください。</translation>
    </message>
    <message>
        <source>Gateways may add Q.850 cause 1 (unallocated number).</source>
        <comment>header Reason</comment>
        <extracomment>Why to inspect the Reason header</extracomment>
        <translation>ゲートウェイは Q.850 の cause 1（Unallocated number）を付加することがあります。</translation>
    </message>
    <message>
        <source>A 404 is not found at this server only, so other routes may still work.</source>
        <comment>related 404</comment>
        <extracomment>How 404 differs</extracomment>
        <translation>404 はこのサーバーでのみ見つからないことを示すため、他のルートでは成功する可能性があります。</translation>
    </message>
    <message>
        <source>A 410 says the user existed once and is permanently gone.</source>
        <comment>related 410</comment>
        <extracomment>How 410 differs</extracomment>
        <translation>410 は、ユーザーがかつて存在し、恒久的にいなくなったことを示します。</translation>
    </message>
    <message>
        <source>RFC 3398 maps 604 to Q.850 cause 1 (unallocated number).</source>
        <comment>related q850:1</comment>
        <extracomment>How q850:1 differs</extracomment>
        <translation>RFC 3398 は 604 を Q.850 の cause 1（Unallocated number）にマッピングします。</translation>
    </message>
</context>
<context>
    <name>sip:606</name>
    <message>
        <source>Not Acceptable</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>受理できません</translation>
    </message>
    <message>
        <source>The callee was reached but the session description (media, bandwidth, addressing) is unacceptable everywhere.</source>
        <comment>summary</comment>
        <translation>着信側には到達しましたが、セッション記述（メディア、帯域、アドレス指定）がどこでも受け入れられません。</translation>
    </message>
    <message>
        <source>A 606 says that the user agent was contacted but some part of the offered session, such as media type, codec, bandwidth or address type, cannot be accepted, and that no other location would accept it either. It should carry a Warning header with 3xx warn-codes explaining which part of the SDP failed. It is the global counterpart of 488.</source>
        <comment>description</comment>
        <translation>606 は、UA に接続できたものの、メディアタイプ、コーデック、帯域、アドレスタイプなど、提示されたセッションの一部を受け入れられず、他のどのロケーションでも受け入れられないことを示します。SDP のどの部分が失敗したかを説明する 3xx の warn-code を持つ Warning ヘッダを含める必要があります。488 のグローバル版です。</translation>
    </message>
    <message>
        <source>You see it when an offer contains only codecs the callee cannot use, video to an audio-only user, SRTP where only RTP is allowed, or IPv6 addresses to an IPv4-only gateway. Some PBXs send 606 for codec mismatches where 488 would be more appropriate.</source>
        <comment>seenWhen</comment>
        <translation>オファーに着信側が使えないコーデックしか含まれていない場合、音声専用のユーザーへのビデオ、RTP しか許可されていないのに SRTP の場合、IPv4 専用のゲートウェイへの IPv6 アドレスの場合に見られます。488 のほうが適切なコーデック不一致に対して 606 を送信する PBX もあります。</translation>
    </message>
    <message>
        <source>A user agent or PBX that cannot accept the offered session at any of the user&apos;s locations.</source>
        <comment>sentBy</comment>
        <translation>ユーザーのどのロケーションでも提示されたセッションを受け入れられない UA や PBX が送信します。</translation>
    </message>
    <message>
        <source>Retry only with a changed offer. Forking stops on a 6xx, so other devices will not be tried for this call.</source>
        <comment>retryNote</comment>
        <translation>オファーを変更した場合に限り再試行してください。6xx を受けるとフォーキングが停止するため、この呼について他の端末は試されません。</translation>
    </message>
    <message>
        <source>Read the Warning header: 305 points to codecs, 304 to media types, 302 to transport (RTP/AVP versus RTP/SAVP), 301 to address type, 370 to bandwidth.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Warning ヘッダを読んでください。305 はコーデック、304 はメディアタイプ、302 はトランスポート（RTP/AVP か RTP/SAVP か）、301 はアドレスタイプ、370 は帯域の問題を示します。</translation>
    </message>
    <message>
        <source>Compare the m= lines and rtpmap entries of the offer with the callee&apos;s codec and media settings.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>オファーの m= 行と rtpmap エントリを、着信側のコーデックとメディアの設定と比較してください。</translation>
    </message>
    <message>
        <source>Adjust the offer, for example add G.711, remove video, or change SRTP policy, then place the call again.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>G.711 を追加する、ビデオを削除する、SRTP ポリシーを変更するなどしてオファーを調整し、改めて発信してください。</translation>
    </message>
    <message>
        <source>The 3xx warn-code and text identify which part of the SDP was rejected.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>3xx の warn-code とテキストから、SDP のどの部分が拒否されたかがわかります。</translation>
    </message>
    <message>
        <source>If the body is not application/sdp, the offer may not have been understood at all.</source>
        <comment>header Content-Type</comment>
        <extracomment>Why to inspect the Content-Type header</extracomment>
        <translation>ボディが application/sdp でない場合、オファーがまったく理解されなかった可能性があります。</translation>
    </message>
    <message>
        <source>A 488 is not acceptable at this location only, so forking may still succeed elsewhere.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>488 はこのロケーションでのみ受け入れられないことを示すため、フォーキングにより他所で成功する可能性があります。</translation>
    </message>
    <message>
        <source>A 415 rejects the body type rather than its contents.</source>
        <comment>related 415</comment>
        <extracomment>How 415 differs</extracomment>
        <translation>415 は、ボディの内容ではなくボディタイプを拒否するものです。</translation>
    </message>
    <message>
        <source>Warning 305 is the usual companion of 606 and means there is no common codec.</source>
        <comment>related warning:305</comment>
        <extracomment>How warning:305 differs</extracomment>
        <translation>Warning 305 は 606 とともに送られる一般的なもので、共通のコーデックがないことを意味します。</translation>
    </message>
    <message>
        <source>Warning 370 is used when the requested bandwidth exceeds what is available.</source>
        <comment>related warning:370</comment>
        <extracomment>How warning:370 differs</extracomment>
        <translation>Warning 370 は、要求された帯域が利用可能な帯域を超える場合に使用されます。</translation>
    </message>
</context>
<context>
    <name>sip:607</name>
    <message>
        <source>Unwanted</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>迷惑呼</translation>
    </message>
    <message>
        <source>The called party marked the call as unwanted, such as spam, and future calls from this caller may be rejected.</source>
        <comment>summary</comment>
        <translation>着信側が呼をスパムなどの迷惑呼として指定しました。この発信者からの今後の呼は拒否される可能性があります。</translation>
    </message>
    <message>
        <source>A 607 lets the callee say more than decline: it signals that calls from this caller are unwanted, and that later attempts will likely be rejected too. Network elements and call analytics services may count 607s against the calling identity, which makes signed caller identity (STIR/SHAKEN, RFC 8224) important to avoid penalising spoofed numbers. A registrar can show support for processing 607 with the sip.607 feature-capability indicator.</source>
        <comment>description</comment>
        <translation>607 により、着信側は単なる拒否以上のことを伝えられます。この発信者からの呼は望まれておらず、今後の試行も拒否される可能性が高いことを通知します。ネットワーク要素や呼分析サービスは 607 を発信者 ID ごとに集計することがあるため、なりすまし番号が不当に不利益を受けないよう、署名付きの発信者 ID（STIR/SHAKEN、RFC 8224）が重要になります。レジストラは、sip.607 の feature-capability indicator で 607 の処理をサポートしていることを示せます。</translation>
    </message>
    <message>
        <source>You see it when a mobile or softphone user taps a Block or Report as spam button while the call is ringing, and when robocalling or telemarketing traffic is rejected by users. Outbound dialers see rising 607 counts when their caller IDs earn a bad reputation.</source>
        <comment>seenWhen</comment>
        <translation>呼び出し中にモバイルやソフトフォンのユーザーが「ブロック」や「迷惑電話として報告」のボタンを押した場合や、ロボコールやテレマーケティングのトラフィックがユーザーに拒否された場合に見られます。自動発信システムでは、発信者番号の評判が悪化すると 607 の件数が増加します。</translation>
    </message>
    <message>
        <source>The called user&apos;s device or client when the user marks the call as unwanted.</source>
        <comment>sentBy</comment>
        <translation>ユーザーが呼を迷惑呼として指定した場合に、着信ユーザーの端末またはクライアントが送信します。</translation>
    </message>
    <message>
        <source>Do not retry and do not try other locations; further calls from the same caller are expected to be refused.</source>
        <comment>retryNote</comment>
        <translation>再試行せず、他のロケーションも試さないでください。同じ発信者からの以降の呼は拒否されることが想定されます。</translation>
    </message>
    <message>
        <source>For an outbound campaign, stop calling that destination and review consent and calling patterns.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>発信キャンペーンの場合は、その宛先への発信を停止し、同意の取得状況と発信パターンを見直してください。</translation>
    </message>
    <message>
        <source>Check which number was presented in From and P-Asserted-Identity and whether it carried full STIR/SHAKEN attestation.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>From と P-Asserted-Identity でどの番号が通知されたか、またそれが完全な STIR/SHAKEN のアテステーションを伴っていたかを確認してください。</translation>
    </message>
    <message>
        <source>Register the calling numbers with carrier analytics or reputation services if legitimate calls are being flagged.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>正当な呼が迷惑呼と判定されている場合は、発信番号をキャリアの分析サービスや評判管理サービスに登録してください。</translation>
    </message>
    <message>
        <source>Shows the calling identity that the rejection will be associated with.</source>
        <comment>header P-Asserted-Identity</comment>
        <extracomment>Why to inspect the P-Asserted-Identity header</extracomment>
        <translation>拒否が関連付けられる発信者 ID を示します。</translation>
    </message>
    <message>
        <source>In a REGISTER response, sip.607 indicates the server supports and processes 607.</source>
        <comment>header Feature-Caps</comment>
        <extracomment>Why to inspect the Feature-Caps header</extracomment>
        <translation>REGISTER への応答では、sip.607 はサーバーが 607 をサポートし処理することを示します。</translation>
    </message>
    <message>
        <source>A 603 is a plain decline without saying the caller is unwanted.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>603 は、発信者が迷惑であることを示さない単なる拒否です。</translation>
    </message>
    <message>
        <source>A 608 is a rejection by a network analytics engine, not by the called person.</source>
        <comment>related 608</comment>
        <extracomment>How 608 differs</extracomment>
        <translation>608 は、着信者本人ではなく、ネットワークの分析エンジンによる拒否です。</translation>
    </message>
    <message>
        <source>A UAC that does not know 607 treats it as 600, the generic 6xx code.</source>
        <comment>related 600</comment>
        <extracomment>How 600 differs</extracomment>
        <translation>607 を知らない UAC は、これを汎用的な 6xx コードである 600 として扱います。</translation>
    </message>
</context>
<context>
    <name>sip:608</name>
    <message>
        <source>Rejected</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>拒否済み</translation>
    </message>
    <message>
        <source>An intermediary such as a call analytics engine rejected the call, not the called party.</source>
        <comment>summary</comment>
        <translation>着信側ではなく、呼分析エンジンなどの中間要素が呼を拒否しました。</translation>
    </message>
    <message>
        <source>A 608 tells the caller that a machine or process in the network, typically a spam or fraud analytics engine, blocked the call, in contrast to 607 where a human rejected it. The intermediary should include a Call-Info header with purpose jwscard that carries a signed jCard with contact details, so that a legitimate caller can ask for the block to be reviewed. An upstream element can use the sip.608 feature-capability indicator to signal that it will convey this information to the caller.</source>
        <comment>description</comment>
        <translation>608 は、ネットワーク内の機械やプロセス（典型的にはスパムや不正利用の分析エンジン）が呼をブロックしたことを発信側に伝えるもので、人間が拒否した 607 とは対照的です。正当な発信者がブロックの見直しを依頼できるよう、中間要素は連絡先情報を記載した署名付き jCard を含む、purpose が jwscard の Call-Info ヘッダを付与する必要があります。上流の要素は、sip.608 の feature-capability indicator を使って、この情報を発信側に伝達することを示せます。</translation>
    </message>
    <message>
        <source>It is seen on outbound calls through US and other carriers when the terminating network&apos;s robocall analytics classify the calling number as likely spam or fraud. Contact centres and dialers see bursts of 608 on specific caller IDs or number ranges.</source>
        <comment>seenWhen</comment>
        <translation>着信側ネットワークのロボコール分析が発信番号をスパムや詐欺の可能性が高いと分類した場合に、米国などのキャリアを経由する発信で見られます。コンタクトセンターや自動発信システムでは、特定の発信者番号や番号範囲で 608 が集中的に発生することがあります。</translation>
    </message>
    <message>
        <source>A carrier network element or analytics service that blocks calls on behalf of the terminating network.</source>
        <comment>sentBy</comment>
        <translation>着信側ネットワークに代わって呼をブロックするキャリアのネットワーク要素や分析サービスが送信します。</translation>
    </message>
    <message>
        <source>Do not retry the call on other routes to get around the block. Resolve the reputation issue with the blocking party first.</source>
        <comment>retryNote</comment>
        <translation>ブロックを回避するために他のルートで呼を再試行しないでください。まずブロックした側との間で評判の問題を解決してください。</translation>
    </message>
    <message>
        <source>Extract the jCard from the Call-Info header and contact the listed party to dispute the block.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>Call-Info ヘッダから jCard を取り出し、記載された連絡先に連絡してブロックに異議を申し立ててください。</translation>
    </message>
    <message>
        <source>Check STIR/SHAKEN attestation and caller ID reputation for the number that was presented.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>通知された番号について、STIR/SHAKEN のアテステーションと発信者番号の評判を確認してください。</translation>
    </message>
    <message>
        <source>Review call volume, short-duration call rates and answer rates that analytics engines use to flag callers.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>分析エンジンが発信者の判定に使用する、呼量、短時間通話の割合、応答率を見直してください。</translation>
    </message>
    <message>
        <source>With purpose=jwscard it carries the signed jCard naming whom to contact for redress.</source>
        <comment>header Call-Info</comment>
        <extracomment>Why to inspect the Call-Info header</extracomment>
        <translation>purpose=jwscard の場合、救済を求める連絡先を示す署名付き jCard を含みます。</translation>
    </message>
    <message>
        <source>The sip.608 indicator shows an element that takes responsibility for passing the 608 details to the caller.</source>
        <comment>header Feature-Caps</comment>
        <extracomment>Why to inspect the Feature-Caps header</extracomment>
        <translation>sip.608 インジケーターは、608 の詳細を発信側に伝える責任を負う要素であることを示します。</translation>
    </message>
    <message>
        <source>A 607 is a rejection by the called user rather than by the network.</source>
        <comment>related 607</comment>
        <extracomment>How 607 differs</extracomment>
        <translation>607 は、ネットワークではなく着信ユーザーによる拒否です。</translation>
    </message>
    <message>
        <source>A 603 is a generic decline some carriers also use for blocked calls.</source>
        <comment>related 603</comment>
        <extracomment>How 603 differs</extracomment>
        <translation>603 は汎用的な拒否で、一部のキャリアはブロックした呼にもこれを使用します。</translation>
    </message>
    <message>
        <source>A 403 is a policy refusal without the analytics and redress semantics.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>403 は、分析や救済の意味を持たないポリシーによる拒否です。</translation>
    </message>
</context>
<context>
    <name>warning:300</name>
    <message>
        <source>Incompatible network protocol</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>互換性のないネットワークプロトコル</translation>
    </message>
    <message>
        <source>The SDP names a network type the receiver cannot use.</source>
        <comment>summary</comment>
        <translation>SDP に、受信側が使用できないネットワーク種別が指定されています。</translation>
    </message>
    <message>
        <source>Warning 300 reports that a network protocol given in the session description is not available to the responder. In SDP this is the nettype field of the c= and o= lines, which is IN (Internet) in practically all deployments, so a 300 usually means the SDP was generated or rewritten incorrectly.</source>
        <comment>description</comment>
        <translation>Warning 300 は、セッション記述で指定されたネットワークプロトコルが応答側で利用できないことを通知します。SDP では c= 行と o= 行の nettype フィールドがこれに当たり、実際にはほぼすべての環境で IN（Internet）であるため、300 は通常、SDP の生成または書き換えが誤っていることを意味します。</translation>
    </message>
    <message>
        <source>It is rare in the field. It shows up when a buggy client, a header or body manipulation rule on an SBC, or a gateway template produces a c= line with a network type other than IN, or when the SDP is truncated so the line cannot be read properly.</source>
        <comment>seenWhen</comment>
        <translation>現場で見かけることはまれです。不具合のあるクライアント、SBC のヘッダやボディの操作ルール、ゲートウェイのテンプレートが IN 以外のネットワーク種別を持つ c= 行を生成した場合や、SDP が途中で切れて行を正しく読み取れない場合に現れます。</translation>
    </message>
    <message>
        <source>The answering user agent or media gateway that parsed the offer.</source>
        <comment>sentBy</comment>
        <translation>オファーを解析した応答側のユーザエージェントまたはメディアゲートウェイです。</translation>
    </message>
    <message>
        <source>Retry only with corrected SDP. The same offer will be refused again.</source>
        <comment>retryNote</comment>
        <translation>SDP を修正した場合にのみ再試行してください。同じオファーは再び拒否されます。</translation>
    </message>
    <message>
        <source>Inspect the c= and o= lines of the rejected offer for the network type token.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>拒否されたオファーの c= 行と o= 行で、ネットワーク種別のトークンを確認してください。</translation>
    </message>
    <message>
        <source>Check SBC SDP manipulation rules and gateway SDP templates that rewrite those lines.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>これらの行を書き換える SBC の SDP 操作ルールやゲートウェイの SDP テンプレートを確認してください。</translation>
    </message>
    <message>
        <source>Resend the offer with c=IN and a valid address type.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>c=IN と有効なアドレス種別を指定してオファーを再送してください。</translation>
    </message>
    <message>
        <source>Read the warn-agent to see which element rejected the SDP and the quoted text for the offending network type.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>warn-agent を読んでどの要素が SDP を拒否したかを確認し、引用テキストで問題のネットワーク種別を確認してください。</translation>
    </message>
    <message>
        <source>A 488 is the usual carrier of this warning when only this location refuses the SDP.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>この場所だけが SDP を拒否する場合、この警告は通常 488 で運ばれます。</translation>
    </message>
    <message>
        <source>A 606 is used instead of 488 when no location would accept the SDP.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>SDP を受け付ける場所がまったくない場合は、488 の代わりに 606 が使われます。</translation>
    </message>
    <message>
        <source>Warning 301 concerns the address type (IP4 or IP6) rather than the network type.</source>
        <comment>related warning:301</comment>
        <extracomment>How warning:301 differs</extracomment>
        <translation>Warning 301 は、ネットワーク種別ではなくアドレス種別（IP4 または IP6）に関するものです。</translation>
    </message>
</context>
<context>
    <name>warning:301</name>
    <message>
        <source>Incompatible network address formats</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>互換性のないネットワークアドレス形式</translation>
    </message>
    <message>
        <source>The SDP uses an address type the receiver cannot handle, typically IPv6 versus IPv4.</source>
        <comment>summary</comment>
        <translation>SDP で、受信側が扱えないアドレス種別が使われています。典型的には IPv6 と IPv4 の不一致です。</translation>
    </message>
    <message>
        <source>Warning 301 says that an address format in the session description, meaning the addrtype of the c= or o= line, is not available to the responder. In practice it flags an IP4 and IP6 mismatch, or a non-IP address format that the receiver does not support.</source>
        <comment>description</comment>
        <translation>Warning 301 は、セッション記述のアドレス形式、すなわち c= 行または o= 行の addrtype が応答側で利用できないことを示します。実際には、IP4 と IP6 の不一致、または受信側がサポートしていない IP 以外のアドレス形式を示します。</translation>
    </message>
    <message>
        <source>You see it when a dual-stack or IPv6-only client offers c=IN IP6 to an IPv4-only gateway or phone, or when an SBC that should perform IPv4 and IPv6 interworking is bypassed. RFC 3261 uses an E.164 address type as its example of an unsupported format.</source>
        <comment>seenWhen</comment>
        <translation>デュアルスタックまたは IPv6 専用のクライアントが IPv4 専用のゲートウェイや電話機に c=IN IP6 をオファーした場合や、IPv4・IPv6 の相互変換を行うべき SBC が経由されなかった場合に見られます。RFC 3261 では、サポートされない形式の例として E.164 アドレス種別を挙げています。</translation>
    </message>
    <message>
        <source>The answering user agent or gateway that cannot use the offered address family.</source>
        <comment>sentBy</comment>
        <translation>オファーされたアドレスファミリを使用できない応答側のユーザエージェントまたはゲートウェイです。</translation>
    </message>
    <message>
        <source>Retry with an offer that uses an address type the answerer supports. An unchanged offer will fail again.</source>
        <comment>retryNote</comment>
        <translation>応答側がサポートするアドレス種別を使ったオファーで再試行してください。オファーを変更しなければ再び失敗します。</translation>
    </message>
    <message>
        <source>Compare the addrtype in the offer&apos;s c= lines with what the answerer supports.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>オファーの c= 行の addrtype を、応答側がサポートするものと比較してください。</translation>
    </message>
    <message>
        <source>Enable IPv4 and IPv6 media interworking on the SBC or anchor the media through it.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>SBC で IPv4・IPv6 のメディア相互変換を有効にするか、SBC でメディアをアンカーしてください。</translation>
    </message>
    <message>
        <source>Configure the client to offer IPv4, or to offer both families with ICE candidates.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>クライアントを、IPv4 でオファーするか、ICE 候補付きで両方のアドレスファミリをオファーするよう設定してください。</translation>
    </message>
    <message>
        <source>The quoted text often names the refused address type, for example IP6.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>引用テキストに、拒否されたアドレス種別（たとえば IP6）が示されていることがよくあります。</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>この警告を含む典型的なレスポンスは 488 です。</translation>
    </message>
    <message>
        <source>A 606 is the global variant used when no location could accept the address type.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>アドレス種別を受け付ける場所がまったくない場合に使われるグローバル版が 606 です。</translation>
    </message>
    <message>
        <source>Warning 300 concerns the network type rather than the address format.</source>
        <comment>related warning:300</comment>
        <extracomment>How warning:300 differs</extracomment>
        <translation>Warning 300 は、アドレス形式ではなくネットワーク種別に関するものです。</translation>
    </message>
</context>
<context>
    <name>warning:302</name>
    <message>
        <source>Incompatible transport protocol</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>互換性のないトランスポートプロトコル</translation>
    </message>
    <message>
        <source>A media transport in the SDP m= line, such as RTP/SAVP or UDP/TLS/RTP/SAVPF, is not available.</source>
        <comment>summary</comment>
        <translation>SDP の m= 行のメディアトランスポート（RTP/SAVP や UDP/TLS/RTP/SAVPF など）が利用できません。</translation>
    </message>
    <message>
        <source>Warning 302 reports that a transport protocol listed in an m= line of the session description is not supported by the responder. This field distinguishes plain RTP (RTP/AVP) from SRTP (RTP/SAVP), feedback profiles (RTP/AVPF, RTP/SAVPF), DTLS-SRTP used by WebRTC, and non-RTP transports such as udptl for T.38.</source>
        <comment>description</comment>
        <translation>Warning 302 は、セッション記述の m= 行に記載されたトランスポートプロトコルを応答側がサポートしていないことを通知します。このフィールドにより、通常の RTP（RTP/AVP）と SRTP（RTP/SAVP）、フィードバックプロファイル（RTP/AVPF、RTP/SAVPF）、WebRTC で使われる DTLS-SRTP、T.38 用の udptl など RTP 以外のトランスポートが区別されます。</translation>
    </message>
    <message>
        <source>It appears when an SRTP-only endpoint receives RTP/AVP, when a plain RTP phone receives RTP/SAVP, or when a WebRTC offer with UDP/TLS/RTP/SAVPF reaches a legacy SIP device without a media gateway in between. It also appears with T.38 offers using udptl toward devices without fax support.</source>
        <comment>seenWhen</comment>
        <translation>SRTP 専用のエンドポイントが RTP/AVP を受信した場合、通常の RTP 電話機が RTP/SAVP を受信した場合、または UDP/TLS/RTP/SAVPF を含む WebRTC のオファーが、間にメディアゲートウェイを挟まずにレガシーな SIP 端末に届いた場合に現れます。FAX 非対応の端末に udptl を使った T.38 のオファーを送った場合にも現れます。</translation>
    </message>
    <message>
        <source>An endpoint, PBX or SBC that cannot handle the offered media transport.</source>
        <comment>sentBy</comment>
        <translation>オファーされたメディアトランスポートを扱えないエンドポイント、PBX、または SBC です。</translation>
    </message>
    <message>
        <source>Retry with an offer that uses a supported transport profile. Resending the same SDP will fail.</source>
        <comment>retryNote</comment>
        <translation>サポートされているトランスポートプロファイルを使ったオファーで再試行してください。同じ SDP を再送しても失敗します。</translation>
    </message>
    <message>
        <source>Read the transport token of each m= line in the offer and compare it with the answerer&apos;s SRTP and profile settings.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>オファーの各 m= 行のトランスポートトークンを読み取り、応答側の SRTP とプロファイルの設定と比較してください。</translation>
    </message>
    <message>
        <source>Align the SRTP policy on both sides (mandatory, optional or off), or let the SBC convert between RTP and SRTP.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>双方の SRTP ポリシー（必須、任意、無効）を合わせるか、SBC で RTP と SRTP を相互変換させてください。</translation>
    </message>
    <message>
        <source>For WebRTC to SIP calls, route media through a gateway that terminates DTLS-SRTP and ICE.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>WebRTC から SIP への呼では、DTLS-SRTP と ICE を終端するゲートウェイを経由してメディアをルーティングしてください。</translation>
    </message>
    <message>
        <source>The quoted text may name the refused profile, for example RTP/SAVP.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>引用テキストに、拒否されたプロファイル（たとえば RTP/SAVP）が示されることがあります。</translation>
    </message>
    <message>
        <source>A 488 is the most common carrier of this warning for a single location.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>単一の場所で拒否する場合、この警告を運ぶ最も一般的なレスポンスは 488 です。</translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location supports the transport.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>トランスポートをサポートする場所がまったくない場合に使われるグローバル版が 606 です。</translation>
    </message>
    <message>
        <source>Warning 304 refuses the media type rather than its transport.</source>
        <comment>related warning:304</comment>
        <extracomment>How warning:304 differs</extracomment>
        <translation>Warning 304 は、トランスポートではなくメディアタイプ自体を拒否します。</translation>
    </message>
</context>
<context>
    <name>warning:303</name>
    <message>
        <source>Incompatible bandwidth units</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>互換性のない帯域幅単位</translation>
    </message>
    <message>
        <source>A bandwidth modifier in the SDP b= line was not understood.</source>
        <comment>summary</comment>
        <translation>SDP の b= 行の帯域幅修飾子が理解されませんでした。</translation>
    </message>
    <message>
        <source>Warning 303 says that one or more bandwidth measurement units in the session description were not understood. The b= line uses a modifier like AS, CT, TIAS, RS or RR, and a receiver that does not recognise the modifier can answer with this warning.</source>
        <comment>description</comment>
        <translation>Warning 303 は、セッション記述の 1 つ以上の帯域幅の測定単位が理解されなかったことを示します。b= 行は AS、CT、TIAS、RS、RR などの修飾子を使用し、修飾子を認識できない受信側はこの警告で応答することがあります。</translation>
    </message>
    <message>
        <source>It is uncommon. It appears when a video endpoint sends b=TIAS or vendor-specific modifiers to an older device, or when a b= line is malformed after SDP manipulation on an SBC.</source>
        <comment>seenWhen</comment>
        <translation>一般的ではありません。ビデオエンドポイントが古い端末に b=TIAS やベンダ固有の修飾子を送った場合や、SBC での SDP 操作後に b= 行の形式が崩れた場合に現れます。</translation>
    </message>
    <message>
        <source>An endpoint or gateway that does not understand the bandwidth modifier.</source>
        <comment>sentBy</comment>
        <translation>帯域幅修飾子を理解できないエンドポイントまたはゲートウェイです。</translation>
    </message>
    <message>
        <source>Retry with SDP that uses a supported modifier or no b= line. The same offer will be refused.</source>
        <comment>retryNote</comment>
        <translation>サポートされている修飾子を使うか b= 行を含まない SDP で再試行してください。同じオファーは拒否されます。</translation>
    </message>
    <message>
        <source>Look at the b= lines in the offer and identify the modifier.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>オファーの b= 行を確認し、修飾子を特定してください。</translation>
    </message>
    <message>
        <source>Remove or replace unusual modifiers, keeping b=AS, which is widely understood.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>一般的でない修飾子を削除または置き換え、広く理解されている b=AS は残してください。</translation>
    </message>
    <message>
        <source>Check SBC SDP rules that add or rewrite b= lines.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>b= 行を追加または書き換える SBC の SDP ルールを確認してください。</translation>
    </message>
    <message>
        <source>The quoted text may show the b= modifier that was not understood.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>引用テキストに、理解されなかった b= の修飾子が示されることがあります。</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>この警告を含む典型的なレスポンスは 488 です。</translation>
    </message>
    <message>
        <source>Warning 370 means the bandwidth value is too high, not that its unit is unknown.</source>
        <comment>related warning:370</comment>
        <extracomment>How warning:370 differs</extracomment>
        <translation>Warning 370 は、帯域幅の単位が不明なのではなく、帯域幅の値が大きすぎることを示します。</translation>
    </message>
</context>
<context>
    <name>warning:304</name>
    <message>
        <source>Media type not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>メディアタイプ利用不可</translation>
    </message>
    <message>
        <source>A media type in the SDP, such as video, image (T.38) or application, is not available.</source>
        <comment>summary</comment>
        <translation>SDP のメディアタイプ（video、image（T.38）、application など）が利用できません。</translation>
    </message>
    <message>
        <source>Warning 304 reports that a media type offered in an m= line, such as audio, video, text, image or application, is not available at the responder. A well-behaved answerer would normally reject just that stream with port 0 and keep the others, so a 304 usually comes with a rejection of the whole offer.</source>
        <comment>description</comment>
        <translation>Warning 304 は、m= 行でオファーされたメディアタイプ（audio、video、text、image、application など）が応答側で利用できないことを通知します。適切に実装された応答側であれば、通常はそのストリームだけをポート 0 で拒否して他のストリームは維持するため、304 はオファー全体の拒否とともに返されるのが一般的です。</translation>
    </message>
    <message>
        <source>You see it when a video offer reaches an audio-only phone or trunk, when a T.38 re-INVITE with m=image hits a device or carrier without fax support, or when BFCP or other m=application streams are sent to equipment that cannot handle them.</source>
        <comment>seenWhen</comment>
        <translation>ビデオのオファーが音声専用の電話機やトランクに届いた場合、m=image を含む T.38 の re-INVITE が FAX 非対応の端末やキャリアに届いた場合、または BFCP などの m=application ストリームがそれを扱えない装置に送られた場合に見られます。</translation>
    </message>
    <message>
        <source>Endpoints and gateways that cannot handle the offered media type.</source>
        <comment>sentBy</comment>
        <translation>オファーされたメディアタイプを扱えないエンドポイントやゲートウェイです。</translation>
    </message>
    <message>
        <source>Retry with an offer that leaves out the unavailable media type. For a failed T.38 re-INVITE, the call can often continue on the existing audio stream.</source>
        <comment>retryNote</comment>
        <translation>利用できないメディアタイプを除いたオファーで再試行してください。T.38 の re-INVITE が失敗した場合は、既存の音声ストリームで通話を継続できることがよくあります。</translation>
    </message>
    <message>
        <source>Identify the m= line whose media type was refused.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>メディアタイプが拒否された m= 行を特定してください。</translation>
    </message>
    <message>
        <source>Disable video or T.38 toward that peer, or configure G.711 pass-through for fax.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>その対向に対してはビデオや T.38 を無効にするか、FAX 用に G.711 パススルーを設定してください。</translation>
    </message>
    <message>
        <source>Prefer answerers that reject only the unsupported stream with port 0, so the remaining media can proceed.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>残りのメディアで通話を継続できるよう、サポートされないストリームだけをポート 0 で拒否する応答側を優先してください。</translation>
    </message>
    <message>
        <source>The quoted text may name the media type that is unavailable.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>引用テキストに、利用できないメディアタイプが示されることがあります。</translation>
    </message>
    <message>
        <source>A 488 is the usual response with this warning, for example to a T.38 re-INVITE.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>この警告を含む通常のレスポンスは 488 で、たとえば T.38 の re-INVITE に対して返されます。</translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location supports the media type.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>メディアタイプをサポートする場所がまったくない場合に使われるグローバル版が 606 です。</translation>
    </message>
    <message>
        <source>Warning 305 means the media type is fine but no codec matches.</source>
        <comment>related warning:305</comment>
        <extracomment>How warning:305 differs</extracomment>
        <translation>Warning 305 は、メディアタイプには問題がないものの、一致するコーデックがないことを示します。</translation>
    </message>
</context>
<context>
    <name>warning:305</name>
    <message>
        <source>Incompatible media format</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>互換性のないメディアフォーマット</translation>
    </message>
    <message>
        <source>None of the offered codecs (payload formats) are available at the receiver.</source>
        <comment>summary</comment>
        <translation>オファーされたコーデック（ペイロードフォーマット）のいずれも受信側で利用できません。</translation>
    </message>
    <message>
        <source>Warning 305 reports that the media formats listed on an m= line, the RTP payload types and their rtpmap codecs, are not available at the responder. It is the classic codec mismatch warning.</source>
        <comment>description</comment>
        <translation>Warning 305 は、m= 行に記載されたメディアフォーマット、すなわち RTP ペイロードタイプとその rtpmap のコーデックが応答側で利用できないことを通知します。典型的なコーデック不一致の警告です。</translation>
    </message>
    <message>
        <source>You see it when a trunk offers only G.729 to a phone without G.729, when a WebRTC client offers only Opus and VP8 to a legacy device, or when a codec list was trimmed by an SBC profile until nothing in common was left. It also appears when telephone-event is the only common format.</source>
        <comment>seenWhen</comment>
        <translation>トランクが G.729 非対応の電話機に G.729 だけをオファーした場合、WebRTC クライアントがレガシーな端末に Opus と VP8 だけをオファーした場合、または SBC のプロファイルによってコーデックリストが削られ共通のものが残らなかった場合に見られます。telephone-event が唯一の共通フォーマットである場合にも現れます。</translation>
    </message>
    <message>
        <source>The answering endpoint, PBX or SBC that finds no acceptable codec.</source>
        <comment>sentBy</comment>
        <translation>受け入れ可能なコーデックが見つからない応答側のエンドポイント、PBX、または SBC です。</translation>
    </message>
    <message>
        <source>Retry with a codec list that includes a format the answerer supports, or insert a transcoder. The same offer will fail again.</source>
        <comment>retryNote</comment>
        <translation>応答側がサポートするフォーマットを含むコーデックリストで再試行するか、トランスコーダを挿入してください。同じオファーは再び失敗します。</translation>
    </message>
    <message>
        <source>List the payload types and rtpmap lines in the offer and compare them with the answerer&apos;s enabled codecs.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>オファーのペイロードタイプと rtpmap 行を列挙し、応答側で有効になっているコーデックと比較してください。</translation>
    </message>
    <message>
        <source>Enable a common codec, usually G.711 (PCMU or PCMA), on both sides.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>双方で共通のコーデック（通常は G.711（PCMU または PCMA））を有効にしてください。</translation>
    </message>
    <message>
        <source>Check SBC or PBX codec policies and transcoding resources in the path.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>経路上の SBC や PBX のコーデックポリシーとトランスコーディングリソースを確認してください。</translation>
    </message>
    <message>
        <source>The quoted text sometimes names the codecs that were refused or the ones that are supported.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>引用テキストに、拒否されたコーデックやサポートされているコーデックが示されることがあります。</translation>
    </message>
    <message>
        <source>A 488 is the most frequent response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>この警告を含む最も頻度の高いレスポンスは 488 です。</translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location supports the codecs.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>コーデックをサポートする場所がまったくない場合に使われるグローバル版が 606 です。</translation>
    </message>
    <message>
        <source>Warning 304 refuses the whole media type rather than its codecs.</source>
        <comment>related warning:304</comment>
        <extracomment>How warning:304 differs</extracomment>
        <translation>Warning 304 は、コーデックではなくメディアタイプ全体を拒否します。</translation>
    </message>
</context>
<context>
    <name>warning:306</name>
    <message>
        <source>Attribute not understood</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>属性を理解できない</translation>
    </message>
    <message>
        <source>One or more SDP a= attributes in the offer are not supported.</source>
        <comment>summary</comment>
        <translation>オファー内の 1 つ以上の SDP の a= 属性がサポートされていません。</translation>
    </message>
    <message>
        <source>Warning 306 indicates that the responder did not support one or more media attributes (a= lines) in the session description. Most implementations ignore unknown attributes, so a 306 usually means an attribute was mandatory for the session, for example for security or ICE.</source>
        <comment>description</comment>
        <translation>Warning 306 は、応答側がセッション記述内の 1 つ以上のメディア属性（a= 行）をサポートしていないことを示します。ほとんどの実装は未知の属性を無視するため、306 は通常、その属性がセッションにとって必須であった（たとえばセキュリティや ICE 関連）ことを意味します。</translation>
    </message>
    <message>
        <source>It appears when crypto suites in a=crypto are unknown, when a=fingerprint or a=setup for DTLS-SRTP reach a device without DTLS support, or when an offer relies on a=rtcp-mux or ICE attributes that the answerer cannot honour.</source>
        <comment>seenWhen</comment>
        <translation>a=crypto の暗号スイートが未知である場合、DTLS-SRTP 用の a=fingerprint や a=setup が DTLS 非対応の端末に届いた場合、またはオファーが応答側で対応できない a=rtcp-mux や ICE の属性に依存している場合に現れます。</translation>
    </message>
    <message>
        <source>Endpoints or gateways that refuse an SDP attribute they cannot support.</source>
        <comment>sentBy</comment>
        <translation>サポートできない SDP 属性を拒否するエンドポイントやゲートウェイです。</translation>
    </message>
    <message>
        <source>Retry only after removing or changing the attribute. The same offer will be refused again.</source>
        <comment>retryNote</comment>
        <translation>属性を削除または変更した後にのみ再試行してください。同じオファーは再び拒否されます。</translation>
    </message>
    <message>
        <source>Check the quoted text for the attribute name and locate it in the offer.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>引用テキストで属性名を確認し、オファー内でその属性を探してください。</translation>
    </message>
    <message>
        <source>Remove the attribute or change it to a variant the answerer supports, such as a widely supported SRTP crypto suite.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>属性を削除するか、広くサポートされている SRTP 暗号スイートなど、応答側がサポートするものに変更してください。</translation>
    </message>
    <message>
        <source>Check SBC rules that strip or insert attributes in the SDP.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>SDP の属性を削除または挿入する SBC のルールを確認してください。</translation>
    </message>
    <message>
        <source>The quoted text often names the attribute that was not understood.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>引用テキストに、理解されなかった属性が示されていることがよくあります。</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>この警告を含む典型的なレスポンスは 488 です。</translation>
    </message>
    <message>
        <source>Warning 307 covers other SDP parameters that are not attributes.</source>
        <comment>related warning:307</comment>
        <extracomment>How warning:307 differs</extracomment>
        <translation>Warning 307 は、属性以外の SDP パラメータを対象とします。</translation>
    </message>
    <message>
        <source>Warning 302 is used when the transport profile itself is unsupported.</source>
        <comment>related warning:302</comment>
        <extracomment>How warning:302 differs</extracomment>
        <translation>Warning 302 は、トランスポートプロファイル自体がサポートされていない場合に使われます。</translation>
    </message>
</context>
<context>
    <name>warning:307</name>
    <message>
        <source>Session description parameter not understood</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>セッション記述パラメータを理解できない</translation>
    </message>
    <message>
        <source>An SDP parameter other than those covered by warnings 300 to 306 was not understood.</source>
        <comment>summary</comment>
        <translation>Warning 300～306 で扱われるもの以外の SDP パラメータが理解されませんでした。</translation>
    </message>
    <message>
        <source>Warning 307 is the catch-all for session description problems that do not fit the more specific warn-codes 300 to 306. It tells you the SDP was parsed but some parameter in it could not be interpreted.</source>
        <comment>description</comment>
        <translation>Warning 307 は、より具体的な warn-code 300～306 に当てはまらないセッション記述の問題をまとめて扱うコードです。SDP は解析されたものの、その中の一部のパラメータを解釈できなかったことを示します。</translation>
    </message>
    <message>
        <source>It shows up with malformed SDP, for example a broken o= or t= line, unknown line types, bad field counts after SBC manipulation, or extensions that the receiving stack does not know.</source>
        <comment>seenWhen</comment>
        <translation>o= 行や t= 行の破損、未知の行種別、SBC での操作後のフィールド数の誤り、受信側のスタックが知らない拡張など、形式の誤った SDP で現れます。</translation>
    </message>
    <message>
        <source>The user agent or gateway that parsed the SDP.</source>
        <comment>sentBy</comment>
        <translation>SDP を解析したユーザエージェントまたはゲートウェイです。</translation>
    </message>
    <message>
        <source>Retry only with corrected SDP. Resending the same body will fail.</source>
        <comment>retryNote</comment>
        <translation>SDP を修正した場合にのみ再試行してください。同じボディを再送しても失敗します。</translation>
    </message>
    <message>
        <source>Validate the SDP body line by line against RFC 8866 (formerly RFC 4566) syntax.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>SDP ボディを、RFC 8866（旧 RFC 4566）の構文に照らして 1 行ずつ検証してください。</translation>
    </message>
    <message>
        <source>Use the quoted text to find the parameter, then check the sender and any SBC that rewrote the body.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>引用テキストからパラメータを特定し、送信元およびボディを書き換えた SBC を確認してください。</translation>
    </message>
    <message>
        <source>Resend with a corrected description.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>修正したセッション記述で再送してください。</translation>
    </message>
    <message>
        <source>The quoted text is usually the only clue to which parameter failed, so read it closely.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>どのパラメータが失敗したかを知る手がかりは通常引用テキストだけなので、注意深く読んでください。</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>この警告を含む典型的なレスポンスは 488 です。</translation>
    </message>
    <message>
        <source>A 400 is used instead when the message is too malformed to process at all.</source>
        <comment>related 400</comment>
        <extracomment>How 400 differs</extracomment>
        <translation>メッセージの形式が誤っていてまったく処理できない場合は、代わりに 400 が使われます。</translation>
    </message>
    <message>
        <source>Warning 306 is the specific code for a=attributes.</source>
        <comment>related warning:306</comment>
        <extracomment>How warning:306 differs</extracomment>
        <translation>Warning 306 は、a= 属性に特化したコードです。</translation>
    </message>
</context>
<context>
    <name>warning:308</name>
    <message>
        <source>Incompatible language specification</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>互換性のない言語指定</translation>
    </message>
    <message>
        <source>The called party supports none of the human languages requested with hlang-send and hlang-recv.</source>
        <comment>summary</comment>
        <translation>着信者は、hlang-send と hlang-recv で要求されたどの言語もサポートしていません。</translation>
    </message>
    <message>
        <source>RFC 8373 adds the SDP attributes hlang-send and hlang-recv so that a caller can ask for spoken, written or signed languages per media stream, which matters most for emergency and relay services. Warning 308 reports that the requested languages are not supported, and its text should list the languages and media that are supported.</source>
        <comment>description</comment>
        <translation>RFC 8373 では SDP 属性 hlang-send と hlang-recv が追加され、発信者がメディアストリームごとに音声・文字・手話の言語を要求できるようになりました。これは特に緊急通報やリレーサービスで重要です。Warning 308 は要求された言語がサポートされていないことを通知するもので、そのテキストにはサポートされている言語とメディアを列挙すべきとされています。</translation>
    </message>
    <message>
        <source>It can appear on calls to emergency services, relay services or multilingual call centres when the caller requests a language or sign language the answering system cannot provide. Deployment is still limited, so it is rarely seen outside NG911 and accessibility testing.</source>
        <comment>seenWhen</comment>
        <translation>緊急通報サービス、リレーサービス、多言語コールセンターへの呼で、応答側のシステムが提供できない言語や手話を発信者が要求した場合に現れることがあります。導入はまだ限られているため、NG911 やアクセシビリティのテスト以外で見かけることはまれです。</translation>
    </message>
    <message>
        <source>The answering system that evaluated the language attributes, such as a PSAP or contact centre platform.</source>
        <comment>sentBy</comment>
        <translation>言語属性を評価した応答側のシステムで、PSAP やコンタクトセンターのプラットフォームなどです。</translation>
    </message>
    <message>
        <source>Retry with a language or medium that the warning lists as supported, or route the call to a service that can provide an interpreter or relay.</source>
        <comment>retryNote</comment>
        <translation>警告でサポートされていると示された言語やメディアで再試行するか、通訳やリレーを提供できるサービスに呼をルーティングしてください。</translation>
    </message>
    <message>
        <source>Read the warning text for the list of supported languages and media.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>警告テキストで、サポートされている言語とメディアの一覧を確認してください。</translation>
    </message>
    <message>
        <source>Check the hlang-send and hlang-recv values per m= line in the offer for valid BCP 47 tags.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>オファーの各 m= 行の hlang-send と hlang-recv の値が、有効な BCP 47 タグであるか確認してください。</translation>
    </message>
    <message>
        <source>Offer an alternative language or media, or route the call to a service that can bridge an interpreter or relay.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>別の言語やメディアをオファーするか、通訳やリレーを介在させられるサービスに呼をルーティングしてください。</translation>
    </message>
    <message>
        <source>The quoted text should list the languages and media the callee supports.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>引用テキストには、着信者がサポートする言語とメディアが列挙されているはずです。</translation>
    </message>
    <message>
        <source>A 488 is a likely response to carry this warning when the session is refused.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>セッションが拒否される場合、この警告を運ぶレスポンスとしては 488 が考えられます。</translation>
    </message>
    <message>
        <source>Warning 304 refuses a media type rather than a language.</source>
        <comment>related warning:304</comment>
        <extracomment>How warning:304 differs</extracomment>
        <translation>Warning 304 は、言語ではなくメディアタイプを拒否します。</translation>
    </message>
</context>
<context>
    <name>warning:330</name>
    <message>
        <source>Multicast not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>マルチキャスト利用不可</translation>
    </message>
    <message>
        <source>The session asks for multicast media but the user&apos;s site cannot do multicast.</source>
        <comment>summary</comment>
        <translation>セッションはマルチキャストのメディアを要求していますが、ユーザのサイトではマルチキャストを利用できません。</translation>
    </message>
    <message>
        <source>Warning 330 reports that the responder&apos;s location does not support multicast, so a session description with a multicast connection address cannot be used there. It belongs to the 330 to 339 range, which covers basic network services requested by the SDP.</source>
        <comment>description</comment>
        <translation>Warning 330 は、応答側の場所がマルチキャストをサポートしていないため、マルチキャストの接続アドレスを持つセッション記述をそこでは使用できないことを通知します。SDP が要求する基本的なネットワークサービスを扱う 330～339 の範囲に属します。</translation>
    </message>
    <message>
        <source>It appears when a paging system, music on hold source or conference offers a multicast c= address (for example in 224.0.0.0/4 with a TTL) to a device on a network segment where multicast routing or IGMP is not available.</source>
        <comment>seenWhen</comment>
        <translation>ページングシステム、保留音の音源、会議などが、マルチキャストルーティングや IGMP を利用できないネットワークセグメント上の端末に、マルチキャストの c= アドレス（たとえば TTL 付きの 224.0.0.0/4 内のアドレス）をオファーした場合に現れます。</translation>
    </message>
    <message>
        <source>An endpoint, or a server aware of the site&apos;s network, that knows multicast cannot reach the user.</source>
        <comment>sentBy</comment>
        <translation>マルチキャストがユーザに届かないことを把握しているエンドポイント、またはサイトのネットワークを認識しているサーバです。</translation>
    </message>
    <message>
        <source>Retry with a unicast session description. The multicast offer will keep failing at that site.</source>
        <comment>retryNote</comment>
        <translation>ユニキャストのセッション記述で再試行してください。そのサイトではマルチキャストのオファーは失敗し続けます。</translation>
    </message>
    <message>
        <source>Check the c= address of the offer for a multicast group.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>オファーの c= アドレスがマルチキャストグループでないか確認してください。</translation>
    </message>
    <message>
        <source>Enable multicast routing or IGMP on the path, or switch the service to unicast media.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>経路上でマルチキャストルーティングや IGMP を有効にするか、サービスをユニキャストのメディアに切り替えてください。</translation>
    </message>
    <message>
        <source>Configure the paging or MoH source to use unicast toward remote sites.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ページングや保留音（MoH）の音源を、リモートサイトに対してはユニキャストを使うよう設定してください。</translation>
    </message>
    <message>
        <source>The warn-agent shows whether the endpoint or an intermediary decided multicast is unavailable.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>warn-agent から、マルチキャストを利用できないと判断したのがエンドポイントか中間装置かがわかります。</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>この警告を含む典型的なレスポンスは 488 です。</translation>
    </message>
    <message>
        <source>Warning 331 is the opposite case, where unicast is unavailable.</source>
        <comment>related warning:331</comment>
        <extracomment>How warning:331 differs</extracomment>
        <translation>Warning 331 は逆のケースで、ユニキャストが利用できない場合です。</translation>
    </message>
</context>
<context>
    <name>warning:331</name>
    <message>
        <source>Unicast not available</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>ユニキャスト利用不可</translation>
    </message>
    <message>
        <source>The session asks for unicast media but the user&apos;s site cannot do unicast, often due to a firewall.</source>
        <comment>summary</comment>
        <translation>セッションはユニキャストのメディアを要求していますが、ユーザのサイトではユニキャストを利用できません。多くはファイアウォールが原因です。</translation>
    </message>
    <message>
        <source>Warning 331 reports that the responder&apos;s location does not support unicast communication for the session, for example because a firewall blocks it, so only multicast could work. It is rare in modern VoIP, where unicast RTP is the norm.</source>
        <comment>description</comment>
        <translation>Warning 331 は、たとえばファイアウォールによって遮断されているなどの理由で、応答側の場所がセッションのユニキャスト通信をサポートしておらず、マルチキャストしか使えないことを通知します。ユニキャストの RTP が標準である現在の VoIP ではまれです。</translation>
    </message>
    <message>
        <source>It may appear in broadcast, paging or older multicast conferencing setups where a site only receives multicast streams and a firewall blocks unicast media, or from equipment configured for multicast-only operation.</source>
        <comment>seenWhen</comment>
        <translation>サイトがマルチキャストストリームしか受信せずファイアウォールがユニキャストのメディアを遮断している放送、ページング、旧来のマルチキャスト会議の構成や、マルチキャスト専用に設定された装置から返されることがあります。</translation>
    </message>
    <message>
        <source>An endpoint or site-aware server that knows unicast media cannot reach the user.</source>
        <comment>sentBy</comment>
        <translation>ユニキャストのメディアがユーザに届かないことを把握しているエンドポイント、またはサイトを認識しているサーバです。</translation>
    </message>
    <message>
        <source>Retry with a multicast session description or via an allowed media relay. The same offer will fail again.</source>
        <comment>retryNote</comment>
        <translation>マルチキャストのセッション記述で、または許可されたメディアリレー経由で再試行してください。同じオファーは再び失敗します。</translation>
    </message>
    <message>
        <source>Check firewall rules for unicast RTP to and from the site.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>サイトとの間のユニキャスト RTP に関するファイアウォールのルールを確認してください。</translation>
    </message>
    <message>
        <source>Offer a multicast session if the site is designed for multicast only.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>サイトがマルチキャスト専用に設計されている場合は、マルチキャストのセッションをオファーしてください。</translation>
    </message>
    <message>
        <source>Relay media through an SBC or media relay that the firewall allows.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>ファイアウォールが許可している SBC やメディアリレーを経由してメディアを中継してください。</translation>
    </message>
    <message>
        <source>The warn-agent identifies the element that judged unicast to be unavailable.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>warn-agent から、ユニキャストを利用できないと判断した要素がわかります。</translation>
    </message>
    <message>
        <source>A 488 is the typical response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>この警告を含む典型的なレスポンスは 488 です。</translation>
    </message>
    <message>
        <source>Warning 330 is the opposite case, where multicast is unavailable.</source>
        <comment>related warning:330</comment>
        <extracomment>How warning:330 differs</extracomment>
        <translation>Warning 330 は逆のケースで、マルチキャストが利用できない場合です。</translation>
    </message>
</context>
<context>
    <name>warning:370</name>
    <message>
        <source>Insufficient bandwidth</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>帯域幅不足</translation>
    </message>
    <message>
        <source>The bandwidth the session needs exceeds what is known to be available.</source>
        <comment>summary</comment>
        <translation>セッションに必要な帯域幅が、利用可能と把握されている帯域幅を超えています。</translation>
    </message>
    <message>
        <source>Warning 370 says that the bandwidth given in the session description, or implied by its media, is more than the responder knows to be available. It sits in the 370 to 379 range, which covers quantitative QoS parameters.</source>
        <comment>description</comment>
        <translation>Warning 370 は、セッション記述で指定された、またはそのメディアから想定される帯域幅が、応答側が利用可能と把握している帯域幅を超えていることを示します。定量的な QoS パラメータを扱う 370～379 の範囲に属します。</translation>
    </message>
    <message>
        <source>You see it with call admission control, for example when a PBX location or SBC bandwidth budget for a branch WAN link is used up, when a high-rate video offer (large b=AS) crosses a constrained link, or when a mobile network cannot grant the requested bit rate.</source>
        <comment>seenWhen</comment>
        <translation>呼受付制御（CAC）に関連して見られます。たとえば、拠点の WAN リンクに対する PBX のロケーションや SBC の帯域幅枠を使い切った場合、高レートのビデオのオファー（大きな b=AS）が帯域の限られたリンクを通過する場合、またはモバイル網が要求されたビットレートを割り当てられない場合です。</translation>
    </message>
    <message>
        <source>Endpoints, PBXs and SBCs that enforce call admission control or know the link capacity.</source>
        <comment>sentBy</comment>
        <translation>呼受付制御を行う、またはリンク容量を把握しているエンドポイント、PBX、SBC です。</translation>
    </message>
    <message>
        <source>Retry with a lower bandwidth offer, or later when other calls have released capacity.</source>
        <comment>retryNote</comment>
        <translation>より低い帯域幅のオファーで再試行するか、他の呼が終了して容量が空いてから再試行してください。</translation>
    </message>
    <message>
        <source>Compare the b=AS or b=TIAS value and codecs of the offer with the admission control limits of the location or trunk.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>オファーの b=AS または b=TIAS の値とコーデックを、ロケーションやトランクの呼受付制御の上限と比較してください。</translation>
    </message>
    <message>
        <source>Lower the video bit rate or use a lower-bandwidth audio codec such as G.729 or Opus at a low rate.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>ビデオのビットレートを下げるか、G.729 や低レートの Opus など、帯域幅の小さい音声コーデックを使用してください。</translation>
    </message>
    <message>
        <source>Raise the bandwidth budget or add WAN capacity if the limit is too tight.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>上限が厳しすぎる場合は、帯域幅枠を引き上げるか WAN の容量を増やしてください。</translation>
    </message>
    <message>
        <source>The warn-agent shows which element applied the bandwidth limit.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>warn-agent から、どの要素が帯域幅の制限を適用したかがわかります。</translation>
    </message>
    <message>
        <source>A 488 is a common response carrying this warning.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>この警告を含む一般的なレスポンスは 488 です。</translation>
    </message>
    <message>
        <source>A 606 is the global form used when no location can accept the bandwidth.</source>
        <comment>related 606</comment>
        <extracomment>How 606 differs</extracomment>
        <translation>その帯域幅を受け入れられる場所がまったくない場合に使われるグローバル版が 606 です。</translation>
    </message>
    <message>
        <source>Warning 303 means the bandwidth unit was not understood, not that it is too high.</source>
        <comment>related warning:303</comment>
        <extracomment>How warning:303 differs</extracomment>
        <translation>Warning 303 は、帯域幅が大きすぎるのではなく、帯域幅の単位が理解されなかったことを示します。</translation>
    </message>
</context>
<context>
    <name>warning:380</name>
    <message>
        <source>SIPS Not Allowed</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>SIPS 不許可</translation>
    </message>
    <message>
        <source>The request used a SIPS URI but the target cannot be reached securely, for example no SIPS contacts.</source>
        <comment>summary</comment>
        <translation>リクエストで SIPS URI が使われましたが、宛先に安全に到達できません。たとえば SIPS の Contact がない場合です。</translation>
    </message>
    <message>
        <source>RFC 5630 added warning 380 for the case where a request with a sips: Request-URI cannot be processed because the SIPS scheme is not allowed for the target. The usual reason is that the user has no registered contacts that can be reached over TLS end to end. It is carried in a 480 Temporarily Unavailable response.</source>
        <comment>description</comment>
        <translation>RFC 5630 では、sips: の Request-URI を持つリクエストが、宛先に対して SIPS スキームが許可されていないために処理できない場合のために Warning 380 が追加されました。通常の理由は、ユーザにエンドツーエンドで TLS により到達できる登録済みの Contact がないことです。480 Temporarily Unavailable レスポンスで運ばれます。</translation>
    </message>
    <message>
        <source>You see it when a caller dials a sips: URI and the callee&apos;s devices registered with plain sip: contacts over UDP or TCP, so the proxy cannot honour the TLS requirement on the last hop.</source>
        <comment>seenWhen</comment>
        <translation>発信者が sips: URI に発信し、着信者の端末が UDP または TCP 上の通常の sip: の Contact で登録されているため、プロキシが最終ホップで TLS の要件を満たせない場合に見られます。</translation>
    </message>
    <message>
        <source>The proxy or registrar responsible for the target, which knows the registered contacts.</source>
        <comment>sentBy</comment>
        <translation>登録済みの Contact を把握している、宛先を担当するプロキシまたはレジストラです。</translation>
    </message>
    <message>
        <source>Only retry with a sip: URI if local security policy allows dropping the TLS requirement; never downgrade silently. Otherwise retry after the callee registers a SIPS contact.</source>
        <comment>retryNote</comment>
        <translation>ローカルのセキュリティポリシーで TLS 要件を外すことが許される場合に限り、sip: URI で再試行してください。黙ってダウングレードすることは決してしないでください。それ以外の場合は、着信者が SIPS の Contact を登録してから再試行してください。</translation>
    </message>
    <message>
        <source>Check the callee&apos;s registered Contact URIs and transports on the registrar.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>レジストラで、着信者の登録済み Contact URI とトランスポートを確認してください。</translation>
    </message>
    <message>
        <source>Register the callee&apos;s devices over TLS with sips: contacts if secure delivery is needed.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>安全な配送が必要な場合は、着信者の端末を sips: の Contact で TLS 経由で登録してください。</translation>
    </message>
    <message>
        <source>Call with a sip: URI only if your security policy accepts losing the end-to-end TLS guarantee.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>エンドツーエンドの TLS の保証が失われることをセキュリティポリシーで許容できる場合に限り、sip: URI で発信してください。</translation>
    </message>
    <message>
        <source>Shows code 380 and the proxy that found no contact usable with SIPS.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>コード 380 と、SIPS で使用可能な Contact を見つけられなかったプロキシが示されます。</translation>
    </message>
    <message>
        <source>A 480 is the response RFC 5630 uses to carry this warning.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>RFC 5630 がこの警告を運ぶために使用するレスポンスが 480 です。</translation>
    </message>
    <message>
        <source>Warning 381 is the reverse case, where SIPS is required.</source>
        <comment>related warning:381</comment>
        <extracomment>How warning:381 differs</extracomment>
        <translation>Warning 381 は逆のケースで、SIPS が必須の場合です。</translation>
    </message>
</context>
<context>
    <name>warning:381</name>
    <message>
        <source>SIPS Required</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>SIPS 必須</translation>
    </message>
    <message>
        <source>The request used a plain SIP URI but the target can only be reached with SIPS.</source>
        <comment>summary</comment>
        <translation>リクエストで通常の SIP URI が使われましたが、宛先には SIPS でしか到達できません。</translation>
    </message>
    <message>
        <source>RFC 5630 added warning 381 for the case where the request cannot be processed because the SIPS scheme is required for the target. It typically appears in a 480 Temporarily Unavailable response when the callee registered only sips: contacts and the request came with a sip: Request-URI.</source>
        <comment>description</comment>
        <translation>RFC 5630 では、宛先に対して SIPS スキームが必須であるためにリクエストを処理できない場合のために Warning 381 が追加されました。着信者が sips: の Contact のみを登録しており、リクエストが sip: の Request-URI で届いた場合に、通常は 480 Temporarily Unavailable レスポンスに含まれて現れます。</translation>
    </message>
    <message>
        <source>You see it when a user agent that only accepts secure signalling registered with sips: contacts and a caller dials its sip: address. Some clients then retry the call automatically with a sips: URI.</source>
        <comment>seenWhen</comment>
        <translation>安全なシグナリングのみを受け付けるユーザエージェントが sips: の Contact で登録しており、発信者がその sip: アドレスに発信した場合に見られます。その場合、一部のクライアントは sips: URI で自動的に再発信します。</translation>
    </message>
    <message>
        <source>The proxy or registrar for the target, based on the contacts the callee registered.</source>
        <comment>sentBy</comment>
        <translation>着信者が登録した Contact に基づいて判断する、宛先のプロキシまたはレジストラです。</translation>
    </message>
    <message>
        <source>Retry with a sips: Request-URI over TLS. Resending with sip: will fail again.</source>
        <comment>retryNote</comment>
        <translation>TLS 上で sips: の Request-URI を使って再試行してください。sip: で再送しても再び失敗します。</translation>
    </message>
    <message>
        <source>Check the Request-URI scheme of the failed call and the registered contacts of the callee.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>失敗した呼の Request-URI のスキームと、着信者の登録済み Contact を確認してください。</translation>
    </message>
    <message>
        <source>Retry the call with a sips: Request-URI over TLS.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>TLS 上で sips: の Request-URI を使って呼を再試行してください。</translation>
    </message>
    <message>
        <source>Make sure the calling side has TLS configured with valid certificates toward the proxy.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>発信側で、プロキシに対して有効な証明書を用いた TLS が設定されていることを確認してください。</translation>
    </message>
    <message>
        <source>Shows code 381 and the proxy that requires the SIPS scheme.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>コード 381 と、SIPS スキームを要求しているプロキシが示されます。</translation>
    </message>
    <message>
        <source>A 480 is the response that carries this warning.</source>
        <comment>related 480</comment>
        <extracomment>How 480 differs</extracomment>
        <translation>この警告を運ぶレスポンスは 480 です。</translation>
    </message>
    <message>
        <source>Warning 380 is the reverse case, where SIPS is not allowed.</source>
        <comment>related warning:380</comment>
        <extracomment>How warning:380 differs</extracomment>
        <translation>Warning 380 は逆のケースで、SIPS が許可されていない場合です。</translation>
    </message>
</context>
<context>
    <name>warning:399</name>
    <message>
        <source>Miscellaneous warning</source>
        <comment>reason</comment>
        <extracomment>Gloss shown beside the registered name, which itself stays in English. Keep it short.</extracomment>
        <translation>その他の警告</translation>
    </message>
    <message>
        <source>Free-form, vendor-specific warning text for humans and logs; never a trigger for automatic action.</source>
        <comment>summary</comment>
        <translation>人間とログ向けの自由形式でベンダ固有の警告テキストです。自動処理のトリガとしては決して使いません。</translation>
    </message>
    <message>
        <source>Warning 399 is the catch-all code for anything that does not fit the other warn-codes. The warn-text is free text chosen by the sender, and receivers must not take automated action based on it. What matters when troubleshooting is the warn-agent, which names the element that added the warning, and the quoted text, which often carries a vendor error string.</source>
        <comment>description</comment>
        <translation>Warning 399 は、他の warn-code に当てはまらないあらゆるものを扱う汎用コードです。warn-text は送信側が自由に決めるテキストであり、受信側はそれに基づいて自動的な処理を行ってはなりません。トラブルシューティングで重要なのは、警告を付加した要素を示す warn-agent と、ベンダのエラー文字列を含むことの多い引用テキストです。</translation>
    </message>
    <message>
        <source>It is the most common warning in real traces. PBXs, SBCs, carriers and cloud platforms add it to 403, 404, 480, 486, 488 or 503 responses with texts such as a blocked number, an exceeded call limit, an unknown route or a failed authentication.</source>
        <comment>seenWhen</comment>
        <translation>実際のトレースで最もよく見られる警告です。PBX、SBC、キャリア、クラウドプラットフォームが、403、404、480、486、488、503 レスポンスに、番号のブロック、通話数上限の超過、不明なルート、認証失敗などのテキストを付けて追加します。</translation>
    </message>
    <message>
        <source>Any SIP element that wants to give a human-readable reason, most often SBCs, PBXs and carrier platforms.</source>
        <comment>sentBy</comment>
        <translation>人間が読める理由を示したいあらゆる SIP 要素で、最も多いのは SBC、PBX、キャリアのプラットフォームです。</translation>
    </message>
    <message>
        <source>The warning itself never justifies an automatic retry; follow the retry rules of the status code that carried it.</source>
        <comment>retryNote</comment>
        <translation>この警告自体が自動再試行の根拠になることはありません。警告を含んでいたステータスコードの再試行ルールに従ってください。</translation>
    </message>
    <message>
        <source>Read the warn-agent to see which host or product added the warning.</source>
        <comment>howToFix 1</comment>
        <extracomment>Step 1 of how to fix it</extracomment>
        <translation>warn-agent を確認し、どのホストまたは製品が警告を付加したかを調べてください。</translation>
    </message>
    <message>
        <source>Search that vendor&apos;s documentation or logs for the exact quoted text.</source>
        <comment>howToFix 2</comment>
        <extracomment>Step 2 of how to fix it</extracomment>
        <translation>そのベンダのドキュメントやログで、引用テキストと完全に一致する文字列を検索してください。</translation>
    </message>
    <message>
        <source>Interpret the text together with the status code it came with, since the code governs the protocol behaviour.</source>
        <comment>howToFix 3</comment>
        <extracomment>Step 3 of how to fix it</extracomment>
        <translation>プロトコルの動作を決めるのはステータスコードであるため、テキストは一緒に返されたステータスコードと合わせて解釈してください。</translation>
    </message>
    <message>
        <source>The warn-agent and the quoted text are the whole value of this warning; copy them verbatim when opening a ticket.</source>
        <comment>header Warning</comment>
        <extracomment>Why to inspect the Warning header</extracomment>
        <translation>この警告の価値は warn-agent と引用テキストにすべてあります。問い合わせチケットを起票する際は、それらをそのままコピーしてください。</translation>
    </message>
    <message>
        <source>Carriers often explain a 403 with a 399 text.</source>
        <comment>related 403</comment>
        <extracomment>How 403 differs</extracomment>
        <translation>キャリアは 403 の理由を 399 のテキストで説明することがよくあります。</translation>
    </message>
    <message>
        <source>SBCs often attach a 399 text such as a call limit to a 503.</source>
        <comment>related 503</comment>
        <extracomment>How 503 differs</extracomment>
        <translation>SBC は 503 に、通話数上限などの 399 のテキストを付けることがよくあります。</translation>
    </message>
    <message>
        <source>A 488 may carry a 399 text when no specific SDP warning fits.</source>
        <comment>related 488</comment>
        <extracomment>How 488 differs</extracomment>
        <translation>特定の SDP 警告が当てはまらない場合、488 に 399 のテキストが含まれることがあります。</translation>
    </message>
    <message>
        <source>Warning 307 is the specific catch-all for SDP problems.</source>
        <comment>related warning:307</comment>
        <extracomment>How warning:307 differs</extracomment>
        <translation>Warning 307 は、SDP の問題に特化した汎用コードです。</translation>
    </message>
</context>
</TS>
