<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>About</name>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/about.py" line="21"/>
        <source>%n cities</source>
        <translation>
            <numerusform>도시 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/about.py" line="30"/>
        <source>Dataset: {title}, version {version} (schema {schema}), {cities} and {divisions}.</source>
        <translation>데이터 세트: {title}, 버전 {version}(스키마 {schema}), {cities}, {divisions}.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/about.py" line="34"/>
        <source>Dataset: {title}, version {version} (schema {schema}), {cities}.</source>
        <translation>데이터 세트: {title}, 버전 {version}(스키마 {schema}), {cities}.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/about.py" line="41"/>
        <source>This volume began from one article, corrected in each entry where it errs. {about}</source>
        <translation>이 권은 기사 한 편에서 출발했으며, 그 기사가 틀린 곳은 각 항목에서 바로잡았습니다. {about}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/about.py" line="49"/>
        <source>An offline encyclopedia of cities.</source>
        <translation>인터넷 연결 없이 쓰는 도시 백과사전.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/about.py" line="50"/>
        <source>Data credits</source>
        <translation>데이터 출처 표시</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/about.py" line="59"/>
        <source>About Cityviewer</source>
        <translation>Cityviewer 정보</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="29"/>
        <source>Status</source>
        <translation>지위</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="30"/>
        <source>{status} (since {year})</source>
        <translation>{status} ({year}년부터)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="31"/>
        <source>Earlier status</source>
        <translation>이전 지위</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="32"/>
        <source>In the source article</source>
        <translation>원문 기사 순위</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="33"/>
        <source>listed {rank} of {size}</source>
        <translation>{size}곳 중 {rank}위</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="34"/>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="35"/>
        <location filename="../../src/cityviewer/core/citation.py" line="60"/>
        <source>Coordinates</source>
        <translation>좌표</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="36"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="53"/>
        <source>Locator map: where {city} lies in {area}</source>
        <translation>위치도: {area}에서 {city}의 위치</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="56"/>
        <source>Locator map: {city}, in the north of {area}</source>
        <translation>위치도: {area} 북부의 {city}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="57"/>
        <source>Locator map: {city}, in the north-east of {area}</source>
        <translation>위치도: {area} 북동부의 {city}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="58"/>
        <source>Locator map: {city}, in the east of {area}</source>
        <translation>위치도: {area} 동부의 {city}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="59"/>
        <source>Locator map: {city}, in the south-east of {area}</source>
        <translation>위치도: {area} 남동부의 {city}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="60"/>
        <source>Locator map: {city}, in the south of {area}</source>
        <translation>위치도: {area} 남부의 {city}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="61"/>
        <source>Locator map: {city}, in the south-west of {area}</source>
        <translation>위치도: {area} 남서부의 {city}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="62"/>
        <source>Locator map: {city}, in the west of {area}</source>
        <translation>위치도: {area} 서부의 {city}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="63"/>
        <source>Locator map: {city}, in the north-west of {area}</source>
        <translation>위치도: {area} 북서부의 {city}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="64"/>
        <source>Locator map: {city}, in the centre of {area}</source>
        <translation>위치도: {area} 중부의 {city}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="101"/>
        <source>{lat}° N, {lon}° E</source>
        <translation>북위 {lat}°, 동경 {lon}°</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="102"/>
        <source>{lat}° N, {lon}° W</source>
        <translation>북위 {lat}°, 서경 {lon}°</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="103"/>
        <source>{lat}° S, {lon}° E</source>
        <translation>남위 {lat}°, 동경 {lon}°</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="104"/>
        <source>{lat}° S, {lon}° W</source>
        <translation>남위 {lat}°, 서경 {lon}°</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="37"/>
        <source>One of the {size} cities of the source article “{title}” (listed {rank} of {size})</source>
        <translation>원문 기사 “{title}”에 실린 도시 {size}곳 가운데 하나({size}곳 중 {rank}위)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="40"/>
        <source>Capital</source>
        <translation>소재지</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="41"/>
        <source>Area</source>
        <translation>면적</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="42"/>
        <source>{area} km²</source>
        <translation>{area}km²</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="43"/>
        <source>Population: {source}.</source>
        <translation>인구: {source}.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="44"/>
        <source>Area: {source}.</source>
        <translation>면적: {source}.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="45"/>
        <source>Population ({year})</source>
        <translation>인구({year}년)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="46"/>
        <source>About the figures</source>
        <translation>수치에 대하여</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="47"/>
        <source>Cities of this volume in {division}</source>
        <translation>이 권에 실린 {division}의 도시</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="48"/>
        <source>None of the cities of this volume lies in {division}.</source>
        <translation>이 권에 실린 도시 가운데 {division}에 있는 도시는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="49"/>
        <source>{population} people</source>
        <translation>{population}명</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="50"/>
        <source>{population} people ({census})</source>
        <translation>{population}명({census})</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="51"/>
        <source>Distance to {city}</source>
        <translation>{city}까지 거리</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="52"/>
        <source>Nearest city in the dataset</source>
        <translation>데이터 세트에서 가장 가까운 도시</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="66"/>
        <source>{km} km (great circle)</source>
        <translation>{km}km(대권 거리)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="67"/>
        <source>{city}, {km} km (great circle)</source>
        <translation>{city}, {km}km(대권 거리)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="69"/>
        <source>Other names</source>
        <translation>다른 이름</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="70"/>
        <source>Industries</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="71"/>
        <source>Landmarks</source>
        <translation>명소</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="72"/>
        <source>Related cities</source>
        <translation>관련 도시</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="73"/>
        <source>Corrections to the source article</source>
        <translation>원문 기사 바로잡기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="74"/>
        <source>The article says:</source>
        <translation>기사 내용:</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="75"/>
        <source>The sources say:</source>
        <translation>출처 내용:</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="76"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="77"/>
        <source>source: {source}</source>
        <translation>출처: {source}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="79"/>
        <source>(English)</source>
        <translation>(영어)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/article.py" line="80"/>
        <source>What the source article says about {city} was checked against the sources below; nothing needed correcting.</source>
        <translation>원문 기사에 실린 {city}에 관한 내용을 아래 출처와 대조했으며, 바로잡을 것이 없었습니다.</translation>
    </message>
</context>
<context>
    <name>ArticleAndMap</name>
    <message>
        <location filename="../../src/cityviewer/gui/map/tab.py" line="33"/>
        <source>Article</source>
        <translation>본문</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/tab.py" line="34"/>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/tab.py" line="35"/>
        <source>The article of the city on show (Ctrl+1)</source>
        <translation>보고 있는 도시의 본문 (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/tab.py" line="36"/>
        <source>The cities on a map (Ctrl+2)</source>
        <translation>지도에 표시한 도시 (Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../src/cityviewer/gui/background.py" line="114"/>
        <source>an internal error in Cityviewer (it has been logged)</source>
        <translation>Cityviewer 내부 오류(로그에 기록했습니다)</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <location filename="../../src/cityviewer/core/citation.py" line="33"/>
        <source>“{city}”, in {title} (data version {data_version}), Cityviewer {app_version}. Accessed {accessed}.</source>
        <translation>「{city}」, 『{title}』(데이터 버전 {data_version}), Cityviewer {app_version}. {accessed} 접속.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/citation.py" line="36"/>
        <source>{author}. ({year}). {city}. In {title} (Data version {data_version}) [Offline encyclopedia; Cityviewer {app_version}]. Retrieved {accessed}.</source>
        <translation>{author}. ({year}). {city}. {title}(데이터 버전 {data_version}) [오프라인 백과사전; Cityviewer {app_version}]. {accessed} 검색.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/citation.py" line="41"/>
        <source>“{city}.” {title}, data version {data_version}, Cityviewer {app_version}, {year}. Accessed {accessed}.</source>
        <translation>「{city}」. 『{title}』, 데이터 버전 {data_version}, Cityviewer {app_version}, {year}. {accessed} 접속.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/citation.py" line="45"/>
        <source>{author}. “{city}.” In {title}, data version {data_version}. Cityviewer {app_version}, {year}. Accessed {accessed}.</source>
        <translation>{author}. 「{city}」. 『{title}』, 데이터 버전 {data_version}. Cityviewer {app_version}, {year}. {accessed} 접속.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/citation.py" line="53"/>
        <source>Plain</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/citation.py" line="54"/>
        <source>APA</source>
        <translation>APA</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/citation.py" line="55"/>
        <source>MLA</source>
        <translation>MLA</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/citation.py" line="56"/>
        <source>Chicago</source>
        <translation>시카고</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/citation.py" line="58"/>
        <source>Sources of “{city}” in {title}:</source>
        <translation>『{title}』의 「{city}」 항목 출처:</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/citation.py" line="59"/>
        <source>{city} ({local_name})</source>
        <translation>{city} ({local_name})</translation>
    </message>
</context>
<context>
    <name>CityList</name>
    <message>
        <location filename="../../src/cityviewer/gui/citylist.py" line="88"/>
        <source>Cities</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citylist.py" line="173"/>
        <source>Did you mean:</source>
        <translation>이것을 찾으셨나요?</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citylist.py" line="176"/>
        <source>Clear search and filters</source>
        <translation>검색어와 필터 지우기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citylist.py" line="200"/>
        <source>Search for {name}</source>
        <translation>{name} 검색</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citylist.py" line="238"/>
        <source>The search failed: {error}</source>
        <translation>검색하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citylist.py" line="242"/>
        <source>No city or {division} matches “{query}” with these filters.</source>
        <translation>이 필터로는 “{query}”에 맞는 도시도 {division}도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citylist.py" line="246"/>
        <source>No city or {division} matches “{query}”.</source>
        <translation>“{query}”에 맞는 도시도 {division}도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citylist.py" line="248"/>
        <source>No city or {division} matches these filters.</source>
        <translation>이 필터에 맞는 도시도 {division}도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citylist.py" line="249"/>
        <source>The dataset has no cities.</source>
        <translation>데이터 세트에 도시가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citylist.py" line="256"/>
        <source>{message} Did you mean: {names}?</source>
        <translation>{message} 이것을 찾으셨나요? {names}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citylist.py" line="297"/>
        <source>&amp;Sort List By</source>
        <translation>목록 정렬 기준(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citylist.py" line="302"/>
        <source>&amp;Relevance</source>
        <translation>관련도(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citylist.py" line="311"/>
        <source>&amp;Descending</source>
        <translation>내림차순(&amp;D)</translation>
    </message>
</context>
<context>
    <name>CityName</name>
    <message>
        <location filename="../../src/cityviewer/core/cityname.py" line="23"/>
        <source>no city is named “{name}”</source>
        <translation>이름이 “{name}”인 도시가 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/cityname.py" line="24"/>
        <source>no city is named “{name}”; the closest: {closest}</source>
        <translation>이름이 “{name}”인 도시가 없습니다. 가장 비슷한 이름: {closest}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/cityname.py" line="25"/>
        <source>“{name}” names more than one city: {cities}; give the id instead</source>
        <translation>“{name}”에 해당하는 도시가 여럿입니다: {cities}. 이름 대신 ID를 쓰세요</translation>
    </message>
</context>
<context>
    <name>CityTableModel</name>
    <message>
        <location filename="../../src/cityviewer/gui/citymodel.py" line="98"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citymodel.py" line="98"/>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citymodel.py" line="99"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citymodel.py" line="102"/>
        <source>Population counted by the {census}</source>
        <translation>{census}에서 집계한 인구</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citymodel.py" line="103"/>
        <source>Rank among the cities of the {census}</source>
        <translation>{census}에서 도시 가운데 순위</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citymodel.py" line="105"/>
        <source>(cannot be read)</source>
        <translation>(읽을 수 없음)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citymodel.py" line="106"/>
        <source>Mentioned in</source>
        <translation>본문에 언급된 항목</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citymodel.py" line="107"/>
        <source>These entries mention what you typed; the ones above are named so</source>
        <translation>아래 항목은 입력한 말을 본문에서 언급하고, 위의 항목은 이름이 입력한 말과 맞습니다</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citymodel.py" line="116"/>
        <source>Starred</source>
        <translation>별표한 항목</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citymodel.py" line="337"/>
        <source>{name}, starred; {mark}</source>
        <translation>{name}, 별표함; {mark}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citymodel.py" line="339"/>
        <source>{name}, starred</source>
        <translation>{name}, 별표함</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/citymodel.py" line="341"/>
        <source>{name}; {mark}</source>
        <translation>{name}; {mark}</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../src/cityviewer/core/compare.py" line="35"/>
        <source>Rank by population</source>
        <translation>인구 순위</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/compare.py" line="36"/>
        <source>Census rank</source>
        <translation>인구 조사 순위</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/compare.py" line="48"/>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/compare.py" line="49"/>
        <source>Urban population</source>
        <translation>도시 인구</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/compare.py" line="52"/>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/compare.py" line="53"/>
        <source>Status</source>
        <translation>지위</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/compare.py" line="54"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/compare.py" line="55"/>
        <source>Industries</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/compare.py" line="56"/>
        <source>Landmarks</source>
        <translation>명소</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="190"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="191"/>
        <source>Compare Cities</source>
        <translation>도시 비교</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="198"/>
        <source>City to add</source>
        <translation>추가할 도시</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="199"/>
        <source>Type any of its names…</source>
        <translation>어떤 이름이든 입력하세요…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="204"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="206"/>
        <source>Compare the &amp;Listed Cities</source>
        <translation>목록의 도시 비교(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="207"/>
        <source>Compare the cities listed in the main window (the first four)</source>
        <translation>주 창의 목록에 있는 도시를 비교합니다(앞의 네 곳)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="209"/>
        <source>&amp;Remove Selected</source>
        <translation>선택한 도시 빼기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="210"/>
        <source>Remove the city whose column is selected</source>
        <translation>열을 선택한 도시를 비교에서 뺍니다</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="212"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="213"/>
        <source>Print the comparison on one sheet ({key})</source>
        <translation>비교 결과를 한 장에 인쇄 ({key})</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="215"/>
        <source>&amp;Export as PDF…</source>
        <translation>PDF로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="216"/>
        <source>Save the comparison as a PDF ({key})</source>
        <translation>비교 결과를 PDF로 저장 ({key})</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="223"/>
        <source>Add a &amp;city:</source>
        <translation>도시 추가(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="236"/>
        <source>Facts compared</source>
        <translation>비교한 정보</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="244"/>
        <source>Distances between the cities</source>
        <translation>도시 사이의 거리</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="256"/>
        <source>Great-circle distances</source>
        <translation>대권 거리</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="298"/>
        <source>Show This City</source>
        <translation>이 도시 보기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="302"/>
        <source>Remove This City</source>
        <translation>이 도시 빼기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="361"/>
        <source>That city is compared already.</source>
        <translation>이미 비교하고 있는 도시입니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="364"/>
        <source>At most four cities can be compared; remove one first.</source>
        <translation>도시는 네 곳까지 비교할 수 있습니다. 먼저 하나를 빼세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/study/compare.py" line="409"/>
        <source>%n cities have a name with “{text}”: choose one from the list.</source>
        <translation>
            <numerusform>“{text}”: 이 말이 이름에 들어간 도시가 %n곳입니다. 목록에서 하나를 고르세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="412"/>
        <source>No city has a name with “{text}”.</source>
        <translation>“{text}”: 이 말이 이름에 들어간 도시가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/study/compare.py" line="427"/>
        <source>%n cities are listed; the first four are compared. Narrow the list, or remove and add cities here, to compare others.</source>
        <translation>
            <numerusform>목록에 도시가 %n곳 있어 앞의 네 곳을 비교합니다. 다른 도시를 비교하려면 목록을 좁히거나, 여기서 도시를 빼고 추가하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="430"/>
        <source>Fewer than two cities are listed: add cities to compare.</source>
        <translation>목록에 있는 도시가 두 곳보다 적습니다. 비교할 도시를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="459"/>
        <source>Add cities to compare: two to four.</source>
        <translation>비교할 도시를 두 곳에서 네 곳까지 추가하세요.</translation>
    </message>
</context>
<context>
    <name>DatasetError</name>
    <message>
        <location filename="../../src/cityviewer/core/dataset.py" line="623"/>
        <source>The dataset {path} does not exist.</source>
        <translation>데이터 세트({path})가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/dataset.py" line="624"/>
        <source>The dataset {path} is not a file.</source>
        <translation>데이터 세트({path})가 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/dataset.py" line="625"/>
        <source>The dataset {path} cannot be read ({reason}).</source>
        <translation>데이터 세트({path})를 읽을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/dataset.py" line="626"/>
        <source>The dataset {path} is empty.</source>
        <translation>데이터 세트({path})가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/dataset.py" line="627"/>
        <source>The file {path} is not a Cityviewer dataset (it is not an SQLite database).</source>
        <translation>파일({path})이 Cityviewer 데이터 세트가 아닙니다(SQLite 데이터베이스가 아닙니다).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/dataset.py" line="630"/>
        <source>The file {path} is an SQLite database, but not a Cityviewer dataset.</source>
        <translation>파일({path})이 SQLite 데이터베이스이지만 Cityviewer 데이터 세트는 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/dataset.py" line="631"/>
        <source>The dataset {path} was made for a newer Cityviewer (dataset schema {version}; this version reads schema {ours}). Install the newer Cityviewer to open it.</source>
        <translation>데이터 세트({path})는 더 새로운 Cityviewer용입니다(데이터 세트 스키마 {version}, 이 버전이 읽는 스키마 {ours}). 열려면 새 버전의 Cityviewer를 설치하세요.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/dataset.py" line="636"/>
        <source>The dataset {path} was made for an older Cityviewer (dataset schema {version}; this version reads schema {ours}). Rebuild it with &apos;cityviewer-data build&apos;.</source>
        <translation>데이터 세트({path})는 이전 Cityviewer용입니다(데이터 세트 스키마 {version}, 이 버전이 읽는 스키마 {ours}). &apos;cityviewer-data build&apos;로 다시 만드세요.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/dataset.py" line="641"/>
        <source>The dataset {path} is damaged (it is shorter than its header says: cut off?).</source>
        <translation>데이터 세트({path})가 손상되었습니다(헤더에 적힌 것보다 짧습니다. 잘린 파일일 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/dataset.py" line="644"/>
        <source>The dataset {path} is damaged (it has no {tables} table).</source>
        <translation>데이터 세트({path})가 손상되었습니다({tables} 테이블이 없습니다).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/dataset.py" line="645"/>
        <source>The dataset {path} is damaged (its {tables} table is not as built).</source>
        <translation>데이터 세트({path})가 손상되었습니다({tables} 테이블이 만들어진 상태와 다릅니다).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/dataset.py" line="646"/>
        <source>The dataset {path} is damaged ({detail}).</source>
        <translation>데이터 세트({path})가 손상되었습니다({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/dataset.py" line="648"/>
        <source>The dataset {path} is damaged (its schema record is missing or wrong).</source>
        <translation>데이터 세트({path})가 손상되었습니다(스키마 기록이 없거나 잘못되었습니다).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/dataset.py" line="651"/>
        <source>The dataset {path} is damaged (its volume description: {detail}).</source>
        <translation>데이터 세트({path})가 손상되었습니다(권 설명: {detail}).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/errors.py" line="56"/>
        <source>The dataset {path} is damaged and cannot be read ({detail}).</source>
        <translation>데이터 세트({path})가 손상되어 읽을 수 없습니다({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/errors.py" line="57"/>
        <source>The file {path} is not a Cityviewer dataset ({detail}).</source>
        <translation>파일({path})이 Cityviewer 데이터 세트가 아닙니다({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/errors.py" line="58"/>
        <source>The dataset {path} could not be read from the disk ({detail}).</source>
        <translation>디스크에서 데이터 세트({path})를 읽지 못했습니다({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/errors.py" line="59"/>
        <source>The dataset {path} cannot be opened ({detail}).</source>
        <translation>데이터 세트({path})를 열 수 없습니다({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/errors.py" line="60"/>
        <source>The dataset {path} may not be read ({detail}).</source>
        <translation>데이터 세트({path})를 읽을 권한이 없습니다({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/errors.py" line="61"/>
        <source>The disk is full: the dataset {path} could not be searched ({detail}).</source>
        <translation>디스크가 가득 찼습니다. 데이터 세트({path})를 검색하지 못했습니다({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/errors.py" line="62"/>
        <source>The dataset {path} is locked by another program ({detail}).</source>
        <translation>다른 프로그램이 데이터 세트({path})를 잠그고 있습니다({detail}).</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../src/cityviewer/gui/detailview.py" line="81"/>
        <source>City details</source>
        <translation>도시 정보</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/detailview.py" line="199"/>
        <source>The dataset has no city “{city}”.</source>
        <translation>데이터 세트에 “{city}” 도시가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/detailview.py" line="231"/>
        <source>{city} is not among the places listed.</source>
        <translation>지금 목록에 없는 곳입니다: {city}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/detailview.py" line="232"/>
        <source>Clear the search</source>
        <translation>검색어 지우기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/detailview.py" line="235"/>
        <source>Show {city}, the first listed</source>
        <translation>목록의 첫 항목 {city} 보기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/detailview.py" line="286"/>
        <source>Starred</source>
        <translation>별표한 항목</translation>
    </message>
</context>
<context>
    <name>DistanceModel</name>
    <message>
        <location filename="../../src/cityviewer/gui/study/compare.py" line="157"/>
        <source>{km} km</source>
        <translation>{km}km</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/cityviewer/gui/application.py" line="89"/>
        <source>Something unexpected went wrong: {error}

Cityviewer keeps running; if this happens again, please tell us what you did.</source>
        <translation>예상하지 못한 문제가 생겼습니다: {error}

Cityviewer는 계속 실행됩니다. 같은 일이 또 생기면 무엇을 하던 중이었는지 알려 주세요.</translation>
    </message>
</context>
<context>
    <name>FalseFriend</name>
    <message>
        <location filename="../../src/cityviewer/core/falsefriends.py" line="20"/>
        <source>{name} ({local_name}) is a different city, in {where}: it is not in this volume.</source>
        <translation>{name}({local_name}): {where}에 있는 다른 도시이며, 이 권에는 실려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/falsefriends.py" line="23"/>
        <source>{name} ({local_name}) is a different province, in {where}: it is not in this volume.</source>
        <translation>{name}({local_name}): {where}에 있는 다른 도이며, 이 권에는 실려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/falsefriends.py" line="26"/>
        <source>{name} ({local_name}) is a different county, in {where}: it is not in this volume.</source>
        <translation>{name}({local_name}): {where}에 있는 다른 군이며, 이 권에는 실려 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="54"/>
        <source>Search cities</source>
        <translation>도시 검색</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="57"/>
        <source>Search cities, in any spelling or in {script}…</source>
        <translation>도시 검색(어떤 표기든, {script}도 가능)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="59"/>
        <source>Search cities, in any spelling…</source>
        <translation>도시 검색(어떤 표기든 가능)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="66"/>
        <source>Clear the search text</source>
        <translation>검색어 지우기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="80"/>
        <source>All places</source>
        <translation>모든 곳</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="82"/>
        <source>Sho&amp;w:</source>
        <translation>표시(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="85"/>
        <source>Cities</source>
        <translation>도시</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/filterbar.py" line="87"/>
        <source>The source article&apos;s %n</source>
        <translation>
            <numerusform>원문 기사의 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="88"/>
        <source>Starred</source>
        <translation>별표한 항목</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/filterbar.py" line="94"/>
        <source>The %n cities of the source article “{title}”</source>
        <translation>
            <numerusform>원문 기사 “{title}”에 실린 도시 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="81"/>
        <source>Show cities, {divisions} or both</source>
        <translation>도시, {divisions} 또는 둘 다 보기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="103"/>
        <source>All {divisions}</source>
        <translation>모든 {divisions}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="104"/>
        <source>Filter by {division}</source>
        <translation>{division}별로 거르기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="105"/>
        <source>&amp;{division}:</source>
        <translation>{division}(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="107"/>
        <source>All regions</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="107"/>
        <source>Filter by region</source>
        <translation>지역별로 거르기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="107"/>
        <source>&amp;Region:</source>
        <translation>지역(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="108"/>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="108"/>
        <source>Filter by tag</source>
        <translation>태그별로 거르기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="108"/>
        <source>&amp;Tag:</source>
        <translation>태그(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="112"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="114"/>
        <source>Clear search and filters</source>
        <translation>검색어와 필터 지우기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="119"/>
        <source>Not in this volume</source>
        <translation>이 권에 없음</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="254"/>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/filterbar.py" line="273"/>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="277"/>
        <source>%Ln cities</source>
        <translation>
            <numerusform>도시 %Ln곳</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="279"/>
        <source>{cities} and {divisions}</source>
        <translation>{cities}, {divisions}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="282"/>
        <source>Listed now, of {everything} in the dataset</source>
        <translation>데이터 세트 전체 {everything} 가운데 지금 목록에 있는 수</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="72"/>
        <source>Export Handout</source>
        <translation>유인물 내보내기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="76"/>
        <source>Handout title</source>
        <translation>유인물 제목</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="78"/>
        <source>Handout subtitle</source>
        <translation>유인물 부제목</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="79"/>
        <source>For example, the class and the lesson</source>
        <translation>예: 학급과 수업 차시</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="80"/>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="81"/>
        <source>&amp;Subtitle:</source>
        <translation>부제목(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="83"/>
        <source>One sheet for each city ticked:</source>
        <translation>선택한 도시마다 한 장씩:</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="85"/>
        <source>Cities in the handout</source>
        <translation>유인물에 넣을 도시</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="94"/>
        <source>A cover page listing the cities and comparing their populations</source>
        <translation>도시 목록과 인구 비교를 담은 표지</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="100"/>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="101"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="102"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
</context>
<context>
    <name>HandoutTitle</name>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="445"/>
        <source>{what}: %n places</source>
        <translation>
            <numerusform>{what}: %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="446"/>
        <source>All %n places</source>
        <translation>
            <numerusform>전체 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="446"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="448"/>
        <source>{what}: %n cities</source>
        <translation>
            <numerusform>{what}: 도시 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="449"/>
        <source>All %n cities</source>
        <translation>
            <numerusform>전체 도시 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="449"/>
        <source>%n cities</source>
        <translation>
            <numerusform>도시 %n곳</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/cityviewer/gui/application.py" line="126"/>
        <source>Settings cannot be saved ({path} is not writable); Cityviewer works as usual but will not remember this session.</source>
        <translation>설정을 저장할 수 없습니다({path}에 쓸 수 없음). Cityviewer는 평소처럼 작동하지만 이번 세션은 기억하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/mainwindow.py" line="240"/>
        <source>Open the Menu Bar</source>
        <translation>메뉴 표시줄 열기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/mainwindow.py" line="368"/>
        <source>{name} is starred.</source>
        <translation>{name} 항목에 별표했습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/mainwindow.py" line="369"/>
        <source>{name} is no longer starred.</source>
        <translation>{name} 항목의 별표를 없앴습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/mainwindow.py" line="379"/>
        <source>Starred</source>
        <translation>별표한 항목</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/mainwindow.py" line="475"/>
        <source>Export Reading List (turned off by your administrator)</source>
        <translation>읽기 목록 내보내기(관리자가 꺼 둠)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/mainwindow.py" line="476"/>
        <source>Your administrator has turned off exporting notes on this computer.</source>
        <translation>관리자가 이 컴퓨터에서 메모 내보내기를 꺼 두었습니다.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../src/cityviewer/gui/map/pane.py" line="93"/>
        <source>The map&apos;s outlines could not be read; reinstall Cityviewer.</source>
        <translation>지도의 윤곽선을 읽을 수 없습니다. Cityviewer를 다시 설치하세요.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/pane.py" line="132"/>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/pane.py" line="142"/>
        <source>Loading the map…</source>
        <translation>지도를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/pane.py" line="244"/>
        <source>Map of {area} and its cities.</source>
        <translation>{area}의 도시 지도.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/pane.py" line="249"/>
        <source>Map of {area}; showing {city}.</source>
        <translation>{area} 지도. {city} 표시 중.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/pane.py" line="380"/>
        <source>Map of {area}</source>
        <translation>{area} 지도</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/pane.py" line="513"/>
        <source>{label}: {population}</source>
        <translation>{label}: {population}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/pane.py" line="518"/>
        <source>{division}: {name}</source>
        <translation>{division}: {name}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/pane.py" line="524"/>
        <source>Capital</source>
        <translation>수도</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/render.py" line="255"/>
        <source>{km} km</source>
        <translation>{km}km</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/render.py" line="281"/>
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <location filename="../../src/cityviewer/gui/map/export.py" line="26"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/export.py" line="27"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/export.py" line="29"/>
        <source>map.png</source>
        <translation>지도.png</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/export.py" line="31"/>
        <location filename="../../src/cityviewer/gui/map/export.py" line="49"/>
        <location filename="../../src/cityviewer/gui/map/export.py" line="76"/>
        <source>Export Map</source>
        <translation>지도 내보내기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/export.py" line="42"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} 픽셀</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/export.py" line="50"/>
        <source>Size of the image:</source>
        <translation>이미지 크기:</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/map/export.py" line="75"/>
        <source>The map could not be written to {path}.</source>
        <translation>지도를 {path}에 저장하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../src/cityviewer/gui/notes.py" line="251"/>
        <source>Your &amp;note</source>
        <translation>내 메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/notes.py" line="254"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/notes.py" line="276"/>
        <source>Your own note on this entry, saved as you type</source>
        <translation>이 항목에 대한 내 메모. 입력하는 대로 저장됩니다</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="133"/>
        <source>The file names “{key}” twice.</source>
        <translation>파일에 같은 키가 두 번 있습니다: “{key}”.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="139"/>
        <source>The file is not valid JSON ({what} is not a JSON value).</source>
        <translation>올바른 JSON 파일이 아닙니다({what}: JSON 값이 아님).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="169"/>
        <source>The reading list is for another volume ({volumes}).</source>
        <translation>다른 권의 읽기 목록입니다({volumes}).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="178"/>
        <location filename="../../src/cityviewer/core/notes.py" line="275"/>
        <source>The file is too large for a reading list ({size} MB; at most {limit} MB).</source>
        <translation>읽기 목록으로 보기에는 파일이 너무 큽니다({size}MB, 최대 {limit}MB).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="185"/>
        <source>The file is not text (not UTF-8 at byte {offset}).</source>
        <translation>텍스트 파일이 아닙니다({offset}번째 바이트가 UTF-8이 아님).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="191"/>
        <source>The file is not a reading list (it is nested too deeply).</source>
        <translation>읽기 목록 파일이 아닙니다(중첩이 너무 깊습니다).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="195"/>
        <source>The file is not valid JSON.</source>
        <translation>올바른 JSON 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="196"/>
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation>올바른 JSON 파일이 아닙니다({line}행 {column}열).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="203"/>
        <source>The file is JSON but not a Cityviewer reading list (it has no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>JSON 파일이지만 Cityviewer 읽기 목록은 아닙니다(&quot;format&quot;: &quot;{format}&quot; 값이 없습니다).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="208"/>
        <source>The file&apos;s format version is missing or not a whole number.</source>
        <translation>파일의 형식 버전이 없거나 정수가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="210"/>
        <source>The file was made by a newer Cityviewer (format version {version}; this one reads {known}).</source>
        <translation>더 새로운 Cityviewer에서 만든 파일입니다(형식 버전 {version}, 이 버전이 읽는 형식 {known}).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="217"/>
        <source>The file has no volumes (&quot;volumes&quot; is not an object).</source>
        <translation>파일에 권 목록이 없습니다(&quot;volumes&quot;가 객체가 아님).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="222"/>
        <source>The volume “{volume}” is not a volume&apos;s notes.</source>
        <translation>권 “{volume}”의 값이 메모 모음이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="226"/>
        <location filename="../../src/cityviewer/core/notes.py" line="235"/>
        <source>The file has too many entries ({count}; at most {limit}).</source>
        <translation>파일의 항목이 너무 많습니다({count}개, 최대 {limit}개).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="233"/>
        <source>The file has no list of entries (&quot;entries&quot; is not an object).</source>
        <translation>파일에 항목 목록이 없습니다(&quot;entries&quot;가 객체가 아님).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="247"/>
        <source>“{id}” is not an entry&apos;s id.</source>
        <translation>“{id}”: 항목 ID가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="250"/>
        <source>The entry “{id}” is not an object.</source>
        <translation>항목 “{id}”: 객체가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="253"/>
        <source>The entry “{id}”: “starred” is not true or false.</source>
        <translation>항목 “{id}”: 별표 값(“starred”)이 true나 false가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="255"/>
        <source>The entry “{id}”: its note is not text.</source>
        <translation>항목 “{id}”: 메모가 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/notes.py" line="257"/>
        <source>The entry “{id}”: its note is longer than {limit} characters.</source>
        <translation>항목 “{id}”: 메모가 {limit}자를 넘습니다.</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message>
        <location filename="../../src/cityviewer/gui/notes.py" line="81"/>
        <source>Your notes file was damaged ({reason}); it was kept as {name} and your notes start empty.</source>
        <translation>메모 파일이 손상되었습니다({reason}). 원래 파일은 {name} 이름으로 보관했고, 메모는 빈 상태로 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/notes.py" line="86"/>
        <source>Your notes file {path} is damaged ({reason}) and could not be set aside; notes will not be saved.</source>
        <translation>메모 파일({path})이 손상되었는데({reason}) 따로 옮겨 둘 수 없었습니다. 메모가 저장되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/notes.py" line="91"/>
        <source>Your notes file {path} cannot be read ({reason}); this session&apos;s notes will not be saved.</source>
        <translation>메모 파일({path})을 읽을 수 없습니다({reason}). 이번 세션의 메모는 저장되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/notes.py" line="191"/>
        <source>Your notes could not be saved to {path}: {reason}</source>
        <translation>메모를 {path}에 저장하지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>PopulationChart</name>
    <message>
        <location filename="../../src/cityviewer/gui/populationchart.py" line="113"/>
        <source>Population chart</source>
        <translation>인구 그래프</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="56"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="200"/>
        <source>Facts of {city} copied.</source>
        <translation>{city} 기본 정보를 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="227"/>
        <source>Export as PDF</source>
        <translation>PDF로 내보내기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="234"/>
        <source>%n places are listed; a handout takes at most {most}: narrow the list first.</source>
        <translation>
            <numerusform>목록에 %n곳이 있습니다. 유인물에는 {most}곳까지만 넣을 수 있으니 먼저 목록을 줄이세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="243"/>
        <source>Nothing is listed: there is nothing to put in a handout.</source>
        <translation>목록이 비어 있어 유인물에 넣을 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="250"/>
        <source>Export Handout</source>
        <translation>유인물 내보내기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="180"/>
        <source>Citation of {city} copied ({style}).</source>
        <translation>{city} 인용 정보를 복사했습니다({style}).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="190"/>
        <source>Sources of {city} copied.</source>
        <translation>{city} 출처를 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="250"/>
        <source>handout</source>
        <translation>유인물</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="258"/>
        <source>Export Comparison as PDF</source>
        <translation>비교 결과를 PDF로 내보내기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="258"/>
        <source>compared.pdf</source>
        <translation>도시 비교.pdf</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="269"/>
        <source>Writing {file}…</source>
        <translation>{file} 파일 저장 중…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="279"/>
        <source>{file} could not be written ({reason}); nothing was changed.</source>
        <translation>{file} 파일을 저장하지 못했습니다({reason}). 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="283"/>
        <source>Wrote {file} (%n pages).</source>
        <translation>
            <numerusform>{file} 파일을 저장했습니다(%n쪽).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="305"/>
        <source>Print {city}</source>
        <translation>{city} 인쇄</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="318"/>
        <source>Print Comparison</source>
        <translation>비교 결과 인쇄</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="52"/>
        <source>Which city is {local}?</source>
        <translation>어느 도시가 {local}일까요?</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="53"/>
        <source>Which city was once called {name}?</source>
        <translation>옛 이름이 {name}인 도시는 어디일까요?</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="54"/>
        <source>Which of these cities had the most people?</source>
        <translation>다음 도시 가운데 인구가 가장 많았던 곳은 어디일까요?</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="56"/>
        <source>Which city is known for {thing}?</source>
        <translation>“{thing}” 하면 떠오르는 도시는 어디일까요?</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="57"/>
        <source>Which is the {system} romanization of {local}?</source>
        <translation>{local}의 로마자 표기({system})는 어느 것일까요?</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="58"/>
        <source>Where on the map is {city}?</source>
        <translation>지도에서 {city}의 위치는 어디일까요?</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="60"/>
        <source>Which of these cities had the most people in the {census}?</source>
        <translation>다음 도시 가운데 {census}에서 인구가 가장 많았던 곳은 어디일까요?</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="61"/>
        <source>Names in {script}</source>
        <translation>{script} 이름</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="64"/>
        <source>Old names</source>
        <translation>옛 이름</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="65"/>
        <source>Most populous</source>
        <translation>인구가 많은 곳</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="55"/>
        <source>In which {division} is {city}?</source>
        <translation>{city}: 어느 {division}에 있을까요?</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="67"/>
        <source>Known for</source>
        <translation>이름난 것</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="68"/>
        <source>Romanizations</source>
        <translation>로마자 표기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="69"/>
        <source>On the map</source>
        <translation>지도에서</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="382"/>
        <location filename="../../src/cityviewer/gui/study/quizsheet.py" line="86"/>
        <source>Quiz: {what}</source>
        <translation>퀴즈: {what}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="383"/>
        <source>The class answered %n of {count} questions right.</source>
        <translation>학급이 {count}문제 중 %n문제를 맞혔습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="384"/>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="385"/>
        <source>The class&apos;s answer</source>
        <translation>학급의 답</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="386"/>
        <source>The right answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="387"/>
        <source>(not answered)</source>
        <translation>(답하지 않음)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="388"/>
        <source>To look at again</source>
        <translation>다시 볼 곳</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/quiz.py" line="389"/>
        <source>Every question was answered right: nothing to look at again.</source>
        <translation>모든 문제를 맞혔습니다. 다시 볼 곳이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quizsheet.py" line="100"/>
        <source>Print Result Sheet</source>
        <translation>결과지 인쇄</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quizsheet.py" line="112"/>
        <source>Export Result Sheet as PDF</source>
        <translation>결과지를 PDF로 내보내기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quizsheet.py" line="127"/>
        <source>{file} could not be written ({reason}).</source>
        <translation>{file} 파일을 저장하지 못했습니다({reason}).</translation>
    </message>
</context>
<context>
    <name>QuizMap</name>
    <message>
        <location filename="../../src/cityviewer/gui/study/quizmap.py" line="41"/>
        <source>Map question</source>
        <translation>지도 문제</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quizmap.py" line="42"/>
        <source>Press 1 to 4, or click a numbered place on the map.</source>
        <translation>1~4를 누르거나 지도에서 번호가 붙은 곳을 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quizmap.py" line="82"/>
        <source>The map&apos;s outlines could not be read; reinstall Cityviewer.</source>
        <translation>지도의 윤곽선을 읽을 수 없습니다. Cityviewer를 다시 설치하세요.</translation>
    </message>
</context>
<context>
    <name>QuizPane</name>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="104"/>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="105"/>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="124"/>
        <source>Questions in a round</source>
        <translation>한 라운드의 문제 수</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="139"/>
        <source>One {division}:</source>
        <translation>{division} 하나:</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="156"/>
        <source>&amp;New Round</source>
        <translation>새 라운드(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="159"/>
        <source>&amp;Questions:</source>
        <translation>문제 수(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="179"/>
        <source>Progress and score</source>
        <translation>진행 상황과 점수</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="182"/>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="197"/>
        <source>Feedback</source>
        <translation>채점 결과</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="200"/>
        <source>Next (Enter)</source>
        <translation>다음 (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="202"/>
        <source>Show This City</source>
        <translation>이 도시 보기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="369"/>
        <source>This dataset has too few cities for a quiz.</source>
        <translation>이 데이터 세트에는 퀴즈를 낼 만큼 도시가 많지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="509"/>
        <source>Question {n} of {count} · score {score}</source>
        <translation>문제 {n}/{count} · 점수 {score}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="519"/>
        <source>Round over</source>
        <translation>라운드 끝</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="530"/>
        <source>You answered {score} of {count} questions right.</source>
        <translation>{count}문제 중 {score}문제를 맞혔습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="523"/>
        <source>Press Enter or New Round for another round.</source>
        <translation>한 라운드 더 하려면 Enter 키나 [새 라운드]를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="127"/>
        <source>Easy</source>
        <translation>쉽게</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="127"/>
        <source>The ten best-known cities, their names in Latin letters</source>
        <translation>가장 잘 알려진 도시 10곳, 이름은 로마자로</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="128"/>
        <source>Standard</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="128"/>
        <source>Every city, wrong answers drawn at random</source>
        <translation>모든 도시, 오답은 무작위로</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="129"/>
        <source>Harder</source>
        <translation>더 어렵게</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="129"/>
        <source>Wrong answers like the right one: the same region, a similar size</source>
        <translation>정답과 비슷한 오답: 같은 지역, 비슷한 크기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="135"/>
        <source>Level</source>
        <translation>난이도</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="138"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="138"/>
        <source>Listed now</source>
        <translation>지금 목록에 있는 곳</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="138"/>
        <source>Starred</source>
        <translation>별표한 항목</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="142"/>
        <source>Cities asked about</source>
        <translation>문제에 나올 도시</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="161"/>
        <source>&amp;Level:</source>
        <translation>난이도(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="163"/>
        <source>&amp;Cities:</source>
        <translation>도시(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="204"/>
        <source>&amp;Print Result Sheet…</source>
        <translation>결과지 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="206"/>
        <source>&amp;Export Result Sheet as PDF…</source>
        <translation>결과지를 PDF로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="393"/>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="410"/>
        <source>Starred cities</source>
        <translation>별표한 도시</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="397"/>
        <source>All cities</source>
        <translation>모든 도시</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="411"/>
        <source>The cities listed</source>
        <translation>목록에 있는 도시</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="426"/>
        <source>Map questions are left out while a screen reader is in use.</source>
        <translation>화면 낭독기를 쓰는 동안에는 지도 문제를 내지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="433"/>
        <source>No question can be made about these cities: choose other cities.</source>
        <translation>이 도시들로는 문제를 만들 수 없습니다. 다른 도시를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="525"/>
        <source>To look at again: {answers}.</source>
        <translation>다시 볼 곳: {answers}.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="567"/>
        <source>Right!</source>
        <translation>정답입니다!</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="569"/>
        <source>Not quite: {city} is place {n}; you chose {chosen}.</source>
        <translation>아쉽네요. {city}의 위치는 {n}번입니다(고른 곳: {chosen}).</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/quiz.py" line="572"/>
        <source>Not quite: the answer is {answer}.</source>
        <translation>아쉽네요. 정답은 {answer}입니다.</translation>
    </message>
</context>
<context>
    <name>QuizResultSheet</name>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/study/quizsheet.py" line="82"/>
        <source>Wrote {file} (%n pages).</source>
        <translation>
            <numerusform>{file} 파일을 저장했습니다(%n쪽).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingList</name>
    <message>
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="23"/>
        <source>Cityviewer reading lists (*.json);;All files (*)</source>
        <translation>Cityviewer 읽기 목록 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="31"/>
        <source>Export Reading List</source>
        <translation>읽기 목록 내보내기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="32"/>
        <source>reading-list.json</source>
        <translation>읽기 목록.json</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="44"/>
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="64"/>
        <source>Import Reading List</source>
        <translation>읽기 목록 가져오기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="54"/>
        <source>You already have a different note on %n entries in this reading list.</source>
        <translation>
            <numerusform>이 읽기 목록의 항목 %n개에는 이미 다른 내 메모가 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="68"/>
        <source>Keep My Notes</source>
        <translation>내 메모 유지</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="71"/>
        <source>Use the Imported Notes</source>
        <translation>가져온 메모 사용</translation>
    </message>
</context>
<context>
    <name>ReadingListCommands</name>
    <message>
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="99"/>
        <source>The reading list could not be written to {path}: {reason}</source>
        <translation>읽기 목록을 {path}에 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="102"/>
        <source>Export Reading List</source>
        <translation>읽기 목록 내보내기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="105"/>
        <source>Exported %n entries to {path}.</source>
        <translation>
            <numerusform>항목 %n개를 {path}에 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="115"/>
        <source>{name} was not imported: {reason} Nothing was changed.</source>
        <translation>{name} 파일을 가져오지 못했습니다: {reason} 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="118"/>
        <source>Import Reading List</source>
        <translation>읽기 목록 가져오기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="128"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>가져오기를 취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="138"/>
        <source>Imported {name}: %n entries added or updated; {kept} of your own notes kept.</source>
        <translation>
            <numerusform>{name} 파일을 가져왔습니다: 항목 %n개를 추가하거나 고쳤고, 내 메모 {kept}개는 그대로 두었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="141"/>
        <source>Imported {name}: %n entries added or updated.</source>
        <translation>
            <numerusform>{name} 파일을 가져왔습니다: 항목 %n개를 추가하거나 고쳤습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/cityviewer/gui/settings.py" line="186"/>
        <source>The settings file {path} cannot be read ({reason}); the defaults are used and this session&apos;s settings will not be saved.</source>
        <translation>설정 파일({path})을 읽을 수 없습니다({reason}). 기본값을 사용하며 이번 세션의 설정은 저장되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/settings.py" line="202"/>
        <source>The settings file {path} is damaged and could not be set aside; the defaults are used.</source>
        <translation>설정 파일({path})이 손상되었는데 따로 옮겨 둘 수 없었습니다. 기본값을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/settings.py" line="207"/>
        <source>The settings file was damaged; it was kept as {name} and the defaults are used.</source>
        <translation>설정 파일이 손상되었습니다. 원래 파일은 {name} 이름으로 보관했고, 기본값을 사용합니다.</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <location filename="../../src/cityviewer/core/paper/sheet.py" line="77"/>
        <source>Locator map of {city}</source>
        <translation>{city} 위치도</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/paper/sheet.py" line="78"/>
        <source>(its sheet: page {page})</source>
        <translation>(이 도시의 자료: {page}쪽)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/paper/sheet.py" line="79"/>
        <source>A class handout: one sheet for each city below, in this order.</source>
        <translation>수업용 유인물: 아래 도시마다 한 장씩, 이 순서대로 실었습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/paper/sheet.py" line="80"/>
        <source>Population: {census}.</source>
        <translation>인구: {census}.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/paper/sheet.py" line="81"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/paper/sheet.py" line="82"/>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/paper/sheet.py" line="83"/>
        <source>Page</source>
        <translation>쪽</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/paper/sheet.py" line="84"/>
        <source>Population compared</source>
        <translation>인구 비교</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/paper/sheet.py" line="85"/>
        <source>Cities compared</source>
        <translation>도시 비교</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/paper/sheet.py" line="86"/>
        <source>Distances: along the Earth&apos;s surface (great circle), in kilometres.</source>
        <translation>거리: 지표면을 따라 잰 대권 거리, 단위 km.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/paper/sheet.py" line="87"/>
        <source>Distances</source>
        <translation>거리</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/paper/sheet.py" line="88"/>
        <source>{km} km</source>
        <translation>{km}km</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/paper/sheet.py" line="89"/>
        <source>Bar chart of the populations of {cities}</source>
        <translation>{cities}의 인구 막대그래프</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="341"/>
        <source>{app} {version}, data {data_version}</source>
        <translation>{app} {version}, 데이터 {data_version}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="343"/>
        <source>{page} / {pages}</source>
        <translation>{page} / {pages}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="430"/>
        <source>The printer or file could not be opened for printing.</source>
        <translation>인쇄할 프린터나 파일을 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="465"/>
        <source>Cities compared: {cities}</source>
        <translation>도시 비교: {cities}</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="472"/>
        <source>{title}: a handout</source>
        <translation>{title}: 유인물</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../../src/cityviewer/gui/shortcuts.py" line="76"/>
        <source>Keyboard Shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/shortcuts.py" line="79"/>
        <source>Keyboard shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/shortcuts.py" line="80"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/shortcuts.py" line="80"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/shortcuts.py" line="99"/>
        <source>Other keys</source>
        <translation>그 밖의 키</translation>
    </message>
</context>
<context>
    <name>StarredPane</name>
    <message>
        <location filename="../../src/cityviewer/gui/study/starred.py" line="63"/>
        <location filename="../../src/cityviewer/gui/study/starred.py" line="67"/>
        <source>Starred</source>
        <translation>별표한 항목</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/study/starred.py" line="74"/>
        <source>Nothing starred yet: press Ctrl+D to star the city on show.</source>
        <translation>아직 별표한 항목이 없습니다. Ctrl+D를 누르면 보고 있는 도시에 별표가 붙습니다.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/cityviewer/core/vocabulary.py" line="28"/>
        <source>Capital</source>
        <translation>수도</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/vocabulary.py" line="29"/>
        <source>Provincial capital</source>
        <translation>도 소재지</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/vocabulary.py" line="30"/>
        <source>Special city</source>
        <translation>특별시</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/vocabulary.py" line="31"/>
        <source>Port</source>
        <translation>항구</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/vocabulary.py" line="32"/>
        <source>Naval base</source>
        <translation>해군 기지</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/vocabulary.py" line="33"/>
        <source>Industrial</source>
        <translation>공업</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/vocabulary.py" line="34"/>
        <source>Mining</source>
        <translation>광업</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/vocabulary.py" line="35"/>
        <source>Border crossing</source>
        <translation>국경 통과 지점</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/vocabulary.py" line="36"/>
        <source>Special economic zone</source>
        <translation>경제특구</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/vocabulary.py" line="37"/>
        <source>Historic</source>
        <translation>역사</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/vocabulary.py" line="38"/>
        <source>World Heritage</source>
        <translation>세계유산</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/vocabulary.py" line="39"/>
        <source>Tourism</source>
        <translation>관광</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/vocabulary.py" line="40"/>
        <source>University</source>
        <translation>대학</translation>
    </message>
</context>
<context>
    <name>Volume</name>
    <message>
        <location filename="../../src/cityviewer/core/volume.py" line="371"/>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/volume.py" line="372"/>
        <source>Population ({census})</source>
        <translation>인구({census})</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/volume.py" line="373"/>
        <source>Urban population</source>
        <translation>도시 인구</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/volume.py" line="374"/>
        <source>Urban population ({year})</source>
        <translation>도시 인구({year}년)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/volume.py" line="375"/>
        <source>Rank by population</source>
        <translation>인구 순위</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/volume.py" line="376"/>
        <source>Census rank ({year})</source>
        <translation>인구 조사 순위({year}년)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/core/volume.py" line="377"/>
        <source>Counted in ({year})</source>
        <translation>조사 당시 소속({year}년)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="86"/>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="87"/>
        <source>&amp;Clear Search and Filters</source>
        <translation>검색어와 필터 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="88"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="89"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="90"/>
        <source>Actual Si&amp;ze</source>
        <translation>실제 크기(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="91"/>
        <source>Everything larger: text, lists, menus, map and icons</source>
        <translation>글자, 목록, 메뉴, 지도, 아이콘을 모두 크게</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="92"/>
        <source>Everything smaller</source>
        <translation>모두 작게</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="93"/>
        <source>Everything at its normal size</source>
        <translation>모두 원래 크기로</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="95"/>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="96"/>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="97"/>
        <source>&amp;About Cityviewer</source>
        <translation>Cityviewer 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="100"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="102"/>
        <source>&amp;Article</source>
        <translation>본문(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="103"/>
        <source>&amp;Map</source>
        <translation>지도(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="104"/>
        <source>Export &amp;Map…</source>
        <translation>지도 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="110"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="111"/>
        <source>&amp;Export as PDF…</source>
        <translation>PDF로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="112"/>
        <source>Export &amp;Handout…</source>
        <translation>유인물 내보내기(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="115"/>
        <source>Copy Ci&amp;tation</source>
        <translation>인용 정보 복사(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="116"/>
        <source>Copy Facts as &amp;Plain Text</source>
        <translation>기본 정보를 일반 텍스트로 복사(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="120"/>
        <source>Copy Sou&amp;rces</source>
        <translation>출처 복사(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="121"/>
        <source>Copy the sources of the entry on show, one a line</source>
        <translation>보고 있는 항목의 출처를 한 줄에 하나씩 복사합니다</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="133"/>
        <source>&amp;Star This Entry</source>
        <translation>이 항목에 별표(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="135"/>
        <source>Export &amp;Reading List…</source>
        <translation>읽기 목록 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="136"/>
        <source>&amp;Import Reading List…</source>
        <translation>읽기 목록 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="141"/>
        <source>Sta&amp;rred List</source>
        <translation>별표한 항목 목록(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="145"/>
        <source>Sho&amp;w the List</source>
        <translation>목록 보기(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="148"/>
        <source>Hide the list so that the article or the map fills the window</source>
        <translation>목록을 숨겨 본문이나 지도가 창을 채우게 합니다</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="149"/>
        <source>&amp;Presentation Mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="151"/>
        <source>Full screen, large type, no menus; Esc leaves it</source>
        <translation>전체 화면, 큰 글자, 메뉴 없음. Esc 키로 나갑니다</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="152"/>
        <source>Leave Presentation Mode</source>
        <translation>발표 모드 나가기</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="158"/>
        <source>&amp;System</source>
        <translation>시스템(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="158"/>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="158"/>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="159"/>
        <source>&amp;High Contrast</source>
        <translation>고대비(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="168"/>
        <source>&amp;System Language</source>
        <translation>시스템 언어(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="175"/>
        <source>&amp;Compare Cities…</source>
        <translation>도시 비교(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="176"/>
        <source>Compare the cities selected in the list (Ctrl+click two to four), or the city on show and the next ones listed</source>
        <translation>목록에서 선택한 도시(Ctrl+클릭으로 두~네 곳)를 비교하거나, 보고 있는 도시를 목록의 다음 도시들과 비교합니다</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="180"/>
        <source>Compare the &amp;Listed Cities</source>
        <translation>목록의 도시 비교(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="182"/>
        <source>Compare the cities listed now (the first four)</source>
        <translation>지금 목록에 있는 도시를 비교합니다(앞의 네 곳)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="185"/>
        <source>&amp;Quiz…</source>
        <translation>퀴즈(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="207"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="214"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="220"/>
        <source>Citation St&amp;yle</source>
        <translation>인용 형식(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="226"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="236"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="239"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="241"/>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="246"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="253"/>
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../../src/cityviewer/gui/actions.py" line="265"/>
        <source>More Tools</source>
        <translation>도구 더 보기</translation>
    </message>
</context>
</TS>
