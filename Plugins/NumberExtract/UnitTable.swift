// Units of measure for quantities. Written for TextPipe by hand (no external list copied); see README.md.

/// The units a quantity may carry, parsed once into the `Lexicon`.
enum UnitTable {
    /// `symbol|dimension|phrase;phrase;...`: each phrase is the unit as written after a number, its words
    /// separated by spaces (a symbol such as `°` or `/` is a word of its own). A phrase starting with `!` is
    /// only read when attached to the number (`48m`, `100t`) or hyphenated (`10-m`), never after a space.
    static let units = """
        km|length|km;kms;kilometre;kilometres;kilometer;kilometers;klicks
        m|length|m;metre;metres;meter;meters
        cm|length|cm;centimetre;centimetres;centimeter;centimeters
        mm|length|mm;millimetre;millimetres;millimeter;millimeters
        dm|length|dm;decimetre;decimetres;decimeter;decimeters
        µm|length|micrometre;micrometres;micrometer;micrometers;micron;microns
        nm|length|nanometre;nanometres;nanometer;nanometers
        pm|length|picometre;picometres;picometer;picometers
        mi|length|mile;miles;mi
        nmi|length|nautical mile;nautical miles
        ft|length|ft;foot;feet
        in|length|inch;inches
        yd|length|yd;yds;yard;yards
        ly|length|light year;light years;light-year;light-years
        m²|area|m2;sq m;sqm;square metre;square metres;square meter;square meters
        km²|area|km2;sq km;square kilometre;square kilometres;square kilometer;square kilometers
        ft²|area|sq ft;square foot;square feet
        mi²|area|sq mi;square mile;square miles
        ha|area|ha;hectare;hectares
        acre|area|acre;acres
        m³|volume|m3;cubic metre;cubic metres;cubic meter;cubic meters
        ft³|volume|cubic foot;cubic feet
        L|volume|!l;litre;litres;liter;liters
        mL|volume|ml;millilitre;millilitres;milliliter;milliliters
        gal|volume|gal;gallon;gallons
        bbl|volume|bbl;barrel;barrels
        pt|volume|pint;pints
        tsp|volume|tsp;teaspoon;teaspoons
        tbsp|volume|tbsp;tablespoon;tablespoons
        kg|mass|kg;kgs;kilo;kilos;kilogram;kilograms;kilogramme;kilogrammes;{ kg };< kg >;{ kg )
        g|mass|!g;gram;grams;gramme;grammes
        mg|mass|mg;milligram;milligrams
        µg|mass|µg;μg;mcg;microgram;micrograms
        t|mass|!t;tonne;tonnes;ton;tons;metric ton;metric tons;metric tonne;metric tonnes;tonnes
        lb|mass|lb;lbs;pound;pounds
        oz|mass|oz;ounce;ounces
        ct|mass|carat;carats
        km/h|speed|km/h;kph;kmh;kilometres per hour;kilometers per hour;km per hour
        mph|speed|mph;miles per hour;miles an hour
        kn|speed|knot;knots
        m/s|speed|m/s;metres per second;meters per second
        B|data|byte;bytes
        kB|data|kb;kilobyte;kilobytes
        MB|data|mb;megabyte;megabytes
        GB|data|gb;gigabyte;gigabytes
        TB|data|tb;terabyte;terabytes
        bit|data|bit;bits
        hp|power|hp;horsepower
        W|power|watt;watts
        kW|power|kw;kilowatt;kilowatts
        MW|power|mw;megawatt;megawatts
        GW|power|gw;gigawatt;gigawatts
        kWh|energy|kwh;kilowatt hour;kilowatt hours;kilowatt-hour;kilowatt-hours
        MWh|energy|mwh;megawatt hour;megawatt hours
        GWh|energy|gwh;gigawatt hour;gigawatt hours
        kcal|energy|kcal;calorie;calories;kilocalorie;kilocalories
        V|voltage|volt;volts
        kV|voltage|kv;kilovolt;kilovolts
        Hz|frequency|hz;hertz
        kHz|frequency|khz;kilohertz
        MHz|frequency|mhz;megahertz
        GHz|frequency|ghz;gigahertz
        rad|angle|rad;radian;radians
        °C|temperature|° c;°c;℃;degree c;degrees c;deg c;deg. c;degree celsius;degrees celsius;deg celsius;celsius;celcius;centigrade;centigrate;degrees centigrade;degree centigrade
        °F|temperature|° f;°f;℉;degree f;degrees f;deg f;deg. f;degree fahrenheit;degrees fahrenheit;deg fahrenheit;degrees farenheit;degree farenheit;fahrenheit;farenheit
        °|angle|°;degree;degrees;deg;deg .
        bp|ratio|basis point;basis points;bps
        year|age|years old;year old;- year - old;- years - old;year - old;years of age;year of age;yo;y.o.;- yr - old;yrs old
        month|age|months old;month old;- month - old;month - old
        week|age|weeks old;week old;- week - old;week - old
        day|age|days old;day old;- day - old;day - old
        """
}
