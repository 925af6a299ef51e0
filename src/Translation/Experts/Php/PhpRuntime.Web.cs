namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// <c>parse_url</c>, <c>http_build_query</c>, <c>vsprintf</c> and <c>gmdate</c>/<c>date</c> with a timestamp
/// (PHP's default time zone, UTC).
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddWebHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_parse_url"] = (["import re"], """
            def php_parse_url(url, component=-1):
                # [scheme:][//[user[:pass]@]host[:port]][path][?query][#fragment]; "host:80" is a host and a port, as in PHP.
                found = {}
                rest = url
                m = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", rest)
                if m:
                    after = rest[m.end():]
                    port = re.match(r"(\d+)(?=[/?#]|$)", after)
                    if port:
                        if int(port.group(1)) > 65535:
                            return False
                        found["host"], found["port"], rest = m.group(1), int(port.group(1)), after[port.end():]
                    else:
                        found["scheme"], rest = m.group(1), after
                if rest.startswith("//"):
                    authority = re.match(r"//([^/?#]*)", rest).group(1)
                    rest = rest[2 + len(authority):]
                    if "@" in authority:
                        userinfo, authority = authority.rsplit("@", 1)
                        found["user"] = userinfo.partition(":")[0]
                        if ":" in userinfo:
                            found["pass"] = userinfo.partition(":")[2]
                    host, colon, port = authority.partition(":") if not authority.startswith("[") else (authority, "", "")
                    if host == "" and "scheme" in found:
                        return False
                    found["host"] = host
                    if port:
                        if not port.isdigit() or int(port) > 65535:
                            return False
                        found["port"] = int(port)
                rest, hashed, fragment = rest.partition("#")
                path, asked, query = rest.partition("?")
                if path or url == "":
                    found["path"] = path
                if asked:
                    found["query"] = query
                if hashed:
                    found["fragment"] = fragment
                names = ("scheme", "host", "port", "user", "pass", "path", "query", "fragment")
                if component >= 0:
                    return found.get(names[component])
                return {n: found[n] for n in names if n in found}
            """);
        definitions["php_http_build_query"] = (["php_items", "php_str", "php_urlencode"], """
            def php_http_build_query(data, prefix="", separator=None, encoding=1):
                # Nested arrays as a[b][c]=v, null left out, true and false as 1 and 0; prefix only before top-level int keys.
                separator = separator or "&"
                raw = encoding == 2
                def walk(value, name):
                    for k, v in php_items(value):
                        key = php_str(k)
                        if name is None:
                            key = php_urlencode(key, raw)
                            full = prefix + key if isinstance(k, int) else key
                        else:
                            full = name + "%5B" + php_urlencode(key, raw) + "%5D"
                        if v is None:
                            continue
                        if isinstance(v, (list, dict)):
                            yield from walk(v, full)
                        elif not isinstance(v, (str, int, float)):
                            raise NotImplementedError("http_build_query() of an object is not translated")
                        else:
                            yield full + "=" + php_urlencode(php_str(int(v) if isinstance(v, bool) else v), raw)
                return separator.join(walk(data, None))
            """);
        definitions["php_parse_str"] = (["import re", "import urllib.parse", "php_key"], """
            def php_parse_str(query):
                # a=1&b[]=2&c[k]=3 as PHP reads it: names decoded, "." and " " in a name become "_", [] appends.
                result = {}
                for pair in query.split("&"):
                    name, _, value = pair.partition("=")
                    name = urllib.parse.unquote_plus(name).lstrip(" ")
                    m = re.match(r"([^\[]*)((?:\[[^\]]*\])*)", name)
                    base = m.group(1)
                    subs = re.findall(r"\[([^\]]*)\]", m.group(2)) if m.group(2) else []
                    if not m.group(2):
                        base = name
                    if base == "":
                        continue
                    keys = [re.sub(r"[ .\[]", "_", base)] + subs
                    target = result
                    for i, k in enumerate(keys):
                        if i > 0 and k == "":
                            k = max([x + 1 for x in target if isinstance(x, int)], default=0)
                        else:
                            k = php_key(k)
                        if i == len(keys) - 1:
                            target[k] = urllib.parse.unquote_plus(value)
                        else:
                            if not isinstance(target.get(k), dict):
                                target[k] = {}
                            target = target[k]
                def as_php(a):
                    # An array whose keys run 0, 1, 2, ... is a list in the translation.
                    if not isinstance(a, dict):
                        return a
                    a = {k: as_php(v) for k, v in a.items()}
                    return list(a.values()) if list(a.keys()) == list(range(len(a))) else a
                return as_php(result)
            """);
        definitions["php_gmdate"] = (["import datetime", "DateTimeInterface"], """
            def php_gmdate(fmt, timestamp=None):
                # date() and gmdate(): PHP's default time zone is UTC, so both format the UTC time of the timestamp.
                if timestamp is None:
                    return DateTimeInterface().format(fmt)
                moment = datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=int(timestamp))
                return DateTimeInterface._of(moment).format(fmt)
            """);
        definitions["php_gmmktime"] = (["import datetime", "php_date_normalize"], """
            def php_gmmktime(hour, minute, second, month, day, year):
                # mktime() and gmmktime() in UTC, PHP's default zone: a year 0-69 is 2000-2069 and 70-100 is 1970-2000,
                # and every field out of range carries into the next (month 13 is next January, day 0 the month's eve).
                year = int(year)
                if 0 <= year < 70:
                    year += 2000
                elif 70 <= year <= 100:
                    year += 1900
                moment = php_date_normalize(year, int(month), int(day), int(hour), int(minute), int(second))
                return (moment - datetime.datetime(1970, 1, 1)) // datetime.timedelta(seconds=1)
            """);
        definitions["php_strtotime"] = (["import datetime", "import re", "DateTimeInterface"], """
            def php_strtotime(text):
                # The date strings DateTime reads (Y-m-d with an optional time, now, today) in UTC, PHP's default zone;
                # a trailing UTC, GMT or Z names that zone. Other strings raise instead of giving another time.
                found = re.fullmatch(r"(.*?)(?:\s*(?:UTC|GMT|Z))?", text.strip(), re.IGNORECASE)
                moment = DateTimeInterface._parse(found.group(1))
                return (moment - datetime.datetime(1970, 1, 1)) // datetime.timedelta(seconds=1)
            """);
    }
}
