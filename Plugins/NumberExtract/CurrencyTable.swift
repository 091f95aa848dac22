// Currencies with their ISO 4217 codes. Written for TextPipe by hand (no external list copied); see README.md.

/// The currencies money mentions are read with, parsed once into the `Lexicon`.
enum CurrencyTable {
    /// `CODE|before|after|minor`: phrases written before the amount (`$`, `us $`, `gbp`), after it (`dollars`,
    /// `€`), and names of the minor unit after it (`cents`); words separated by spaces, as for units.
    static let currencies = """
        USD|$;us $;u.s. $;usd;usd $;us$|usd;$;dollar;dollars;us dollar;us dollars;u.s. dollar;u.s. dollars;american dollars;american dollar;greenbacks;bucks;dlrs;dlr|cent;cents;¢;cts;ct
        EUR|€;eur;euro;euros|eur;€;euro;euros;eur|eurocent;eurocents
        GBP|£;gbp;gbp £|gbp;£;pound;pounds;pound sterling;pounds sterling;sterling;stg;british pound;british pounds|pence;penny;pennies;p
        JPY|¥;jpy;jp ¥|jpy;¥;yen;japanese yen|sen
        CNY|cny;rmb;cn ¥|cny;rmb;yuan;renminbi;chinese yuan;chinese renminbi|fen
        CAD|c $;cad;cad $;ca $;can $|cad;canadian dollar;canadian dollars|
        AUD|aud;aud $;au $|aud;australian dollar;australian dollars|
        NZD|nz $;nzd;nzd $|nzd;new zealand dollar;new zealand dollars|
        HKD|hk $;hkd;hkd $|hkd;hong kong dollar;hong kong dollars|
        SGD|sgd;sgd $|sgd;singapore dollar;singapore dollars|
        TWD|nt $;twd|twd;taiwan dollar;taiwan dollars;new taiwan dollars|
        MXN|mxn;mxn $;mex $|mxn;peso;pesos;mexican peso;mexican pesos|centavos
        BRL|brl|brl;reais;brazilian real;brazilian reais|centavos
        CHF|chf;sfr|chf;franc;francs;swiss franc;swiss francs|centimes;rappen
        FRF||frf;french franc;french francs|centimes
        BEF||bef;belgian franc;belgian francs|
        DEM||dem;deutsche mark;deutsche marks;deutschmark;deutschmarks;german marks|pfennig;pfennigs
        FIM||fim;markka;markkaa;finnish markka;finnish markkaa;finnish marks|
        NLG||nlg;guilder;guilders;dutch guilder;dutch guilders;netherlands guilders|
        ESP||esp;peseta;pesetas;spanish peseta;spanish pesetas|
        ITL||itl;lire;italian lira;italian lire|
        TRY|₺|₺;lira;turkish lira;turkish liras|kurus
        INR|₹;inr;rs;rs .;rs.|inr;₹;rupee;rupees;indian rupee;indian rupees|paise
        LKR|lkr|lkr;ரூ;sri lankan rupee;sri lankan rupees|
        PKR|pkr|pkr;pakistani rupee;pakistani rupees|
        KRW|₩;krw|krw;₩;won;korean won;south korean won|
        RUB|₽;rub|rub;₽;rouble;roubles;ruble;rubles;russian rouble;russian roubles;russian ruble;russian rubles|kopecks
        UAH|₴;uah|uah;₴;hryvnia;hryvnias;hryvnas;hryvnya|
        ZAR|zar|zar;rand;south african rand|
        SEK|sek|sek;krona;kronor;swedish krona;swedish kronor|
        NOK|nok|nok;norwegian krone;norwegian kroner|
        DKK|dkk|dkk;danish krone;danish kroner|
        ISK|isk|isk;icelandic krona;icelandic kronur|
        PLN|pln|pln;zloty;zlotys;zlotych;polish zloty|
        CZK|czk|czk;koruna;czech koruna;czech crowns|
        HUF|huf|huf;forint;forints|
        ILS|₪;ils;nis|ils;₪;nis;shekel;shekels;new shekels|
        SAR|sar|sar;riyal;riyals;saudi riyal;saudi riyals|
        AED|aed|aed;dirham;dirhams;uae dirham;uae dirhams|
        EGP|egp|egp;egyptian pound;egyptian pounds|
        NGN|₦;ngn|ngn;₦;naira|kobo
        KES|kes;ksh|kes;kenyan shilling;kenyan shillings|
        THB|฿;thb|thb;฿;baht|satang
        MYR|myr;rm|myr;ringgit|sen
        IDR|idr;rp|idr;rupiah;rupiahs|
        PHP|₱|₱;philippine peso;philippine pesos|centavos
        VND|₫;vnd|vnd;₫;dong|
        ARS|ars|ars;argentine peso;argentine pesos|
        CLP|clp|clp;chilean peso;chilean pesos|
        COP||colombian peso;colombian pesos|
        KWD|kwd|kwd;kuwaiti dinar;kuwaiti dinars|
        BTC|btc;₿|btc;₿;bitcoin;bitcoins|satoshi;satoshis
        ETH||eth;ether;ethereum|
        """

    /// Amount codes that carry a scale: `30 MUSD` is thirty million dollars.
    static let scaledCodes = """
        musd USD 1000000
        meur EUR 1000000
        kusd USD 1000
        """
}
