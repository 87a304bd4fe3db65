namespace FactCheck.Extraction;

/// <summary>The words the extractor keys on. Lower case.</summary>
internal static class Lexicon
{
    /// <summary>Reporting verbs in the forms that introduce attributed content. Nouns that share a form ("report", "state") are left out.</summary>
    public static readonly HashSet<string> VerbCues =
    [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
        "write", "writes", "wrote", "writing", "ask", "asks", "asked", "asking", "claimed", "claiming", "reported", "reports",
        "announce", "announces", "announced", "announcing", "suggest", "suggests", "suggested", "suggesting",
        "argue", "argues", "argued", "arguing", "noted", "notes", "noting", "explain", "explains", "explained", "explaining",
        "insist", "insists", "insisted", "insisting", "concede", "concedes", "conceded", "conceding", "warn", "warns", "warned", "warning",
        "believe", "believes", "believed", "think", "thinks", "thought", "stated", "declare", "declares", "declared",
        "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "deny", "denies", "denied",
        "confirm", "confirms", "confirmed", "predict", "predicts", "predicted", "vowed", "vows", "promised", "promises",
        "urge", "urges", "urged", "accuse", "accuses", "accused", "contend", "contends", "contended", "maintain", "maintains", "maintained",
        "recall", "recalls", "recalled", "reveal", "reveals", "revealed", "tweeted", "tweets", "posted", "estimate", "estimates", "estimated",
        "assert", "asserts", "asserted", "stressed", "stresses", "emphasized", "emphasised", "responded", "replied", "replies",
        "testified", "alleged", "alleges", "allege", "boasted", "complained", "complains", "show", "shows", "showed", "found", "finds",
        "conclude", "concludes", "concluded", "expect", "expects", "expected", "hope", "hopes", "hoped", "fear", "fears", "feared",
        "agree", "agrees", "agreed", "disagree", "disagreed", "remarked", "observed", "pointed", "indicated", "indicates",
        "described", "describes", "criticized", "criticised", "cited", "citing", "quoted", "continued", "learned",
        "called", "calling", "calls", "call", "pledged", "pledges", "mentioned", "questioned", "condemned", "blasted", "attacked",
        "slammed", "praised", "defended", "proposed", "promising", "claims", "claim", "reiterated", "countered", "cautioned",
        "demanded", "demands", "threatened", "threatens", "vowing", "warning", "insisting", "conceding", "acknowledging",
        "describing", "declined", "seemed", "seems", "appears", "appeared", "referring", "endorsed", "endorsing", "sought", "seeking",
        "supporting", "supported", "supports", "proposed", "proposes", "wanted", "wants", "want", "refused", "refuses", "praised", "opposed",
        "opposes", "knows", "feel", "feels", "felt", "sees", "saw", "plans", "planned", "offered", "dismissed", "rejected", "denounced",
        "denouncing", "decried", "charged", "backing", "backed", "prefer", "prefers", "talking", "talked", "spoke", "speaking",
        "recalling", "explaining", "suggesting", "predicting", "promising", "hoping", "mentioning", "questioning", "stating", "telling",
        // Seen five or more times as a one-word cue in PolNeAR's training split (the articles themselves stay out of the repository).
        "railed", "voted", "focused", "focuses", "bragging", "bragged", "commented", "reflected", "referred",
        "pointing", "points", "showing", "cites", "blamed", "oppose", "expressed", "appear", "decided", "challenged", "assured", "seeks", "mocked",
        "invoked", "emailed", "discussed", "answered", "recounted", "identified", "declaring", "considered", "urging",
        "unveiled", "thanked", "slams", "ruled", "knocked", "criticizing", "attacking", "seem", "requested", "repeated",
        "reminds", "reminded", "pushed", "preferred", "praises", "portrayed", "outlined", "joked", "highlighted", "echoed",
        "compared", "accusing", "welcomed", "shouted", "recited", "rebuts", "offers", "offering", "mocks", "indicate",
        "favored", "expecting", "encouraging", "encouraged", "discussing", "determined", "chanted", "assures", "asserting",
        "wondered", "tweeting", "touted", "threatening", "sued", "slamming", "retweeted", "repeating", "remarking", "refusing",
        "referencing", "recommended", "quotes", "implied", "ignored", "endorses", "dismissing", "considers", "blasts",
        "believing", "assailed", "lamented", "worried",
    ];

    /// <summary>Verb + particle cues whose particle belongs to the cue ("referring to", "talked about", "railed against").</summary>
    public static readonly HashSet<string> PhrasalCues =
    [
        "referring to", "referred to", "pointed to", "pointing to", "point to", "points to", "pointed out", "pointing out", "points out",
        "talking about", "talked about", "talks about", "talk about", "spoke about", "spoke of", "speaking about", "asked about", "asked for",
        "said of", "agree with", "agreed with", "railed against", "voted against", "voted for", "warned of", "warned about", "wrote about",
        "wondered about", "bragging about", "bragged about", "focused on", "focuses on", "complained about", "joked about", "argued for",
        "argued against", "testified about", "commented on", "reflected on", "insisted on",
    ];

    /// <summary>Nouns that carry attributed content: "warnings from Ukraine that …".</summary>
    public static readonly HashSet<string> NominalCues =
    [
        "warning", "warnings", "claim", "claims", "assertion", "assertions", "allegation", "allegations", "assessment",
        "insistence", "statement", "remarks", "comments", "announcement", "prediction", "predictions", "belief", "view",
        "argument", "accusation", "accusations", "admission", "promise", "pledge", "estimate", "report", "reports",
    ];

    /// <summary>
    /// Verbs that sign a quotation without opening words of their own ("“We turn people away,” she sighed"): the rules read
    /// them only right after a closed quotation and its speaker. Kept apart from <see cref="VerbCues"/>, which the tagger's
    /// features read (the shipped models were trained with that list).
    /// </summary>
    public static readonly HashSet<string> Signing =
    [
        "laughed", "laughs", "laughing", "quipped", "quips", "texted", "texts", "wondered", "wonders", "sighed", "sighs", "remembered",
        "remembers", "mused", "muses", "whispered", "whispers", "recounted", "recounts", "joked", "jokes", "shrugged", "shrugs", "cried",
        "cries", "yelled", "yells", "exclaimed", "exclaims", "marvelled", "marveled", "marvels", "scoffed", "scoffs", "snapped", "snaps",
        "pleaded", "pleads", "begged", "begs", "reasoned", "reasons", "proclaimed", "proclaims", "guessed", "guesses", "chuckled",
        "chuckles", "smiled", "smiles", "grumbled", "grumbles", "muttered", "mutters", "beamed", "beams", "gushed", "gushes", "deadpanned",
        "sobbed", "shouted", "shouts", "screamed", "recalled", "recalls", "reflected", "reflects", "continued", "continues",
    ];

    /// <summary>
    /// The words that make a cue a report of what someone said or believes, for the desk's claims: the verb and noun cues,
    /// the words of the phrasal ones, "according (to)", and belief and perception verbs seen as cues in PolNeAR's training
    /// split ("voters see him as…", "she knew that…"). A cue with none of them ("has floundered on", "signed", "named")
    /// is narration, not a claim (it stays in the corpus layer the evaluation scores).
    /// </summary>
    public static readonly HashSet<string> ReportingWords = BuildReporting();

    static HashSet<string> BuildReporting()
    {
        var words = new HashSet<string>(VerbCues);
        words.UnionWith(NominalCues);
        words.UnionWith(Signing);
        foreach (var phrase in PhrasalCues) words.UnionWith(phrase.Split(' ')[..1]);
        words.UnionWith([
            "according", "words", "see", "sees", "seeing", "know", "knew", "knows", "note", "consider", "considering", "favor", "favors", "favour",
            "criticism", "complaints", "complaint", "worries", "worry", "fearing", "noticed", "recognized", "recognised", "questions",
            "lists", "listed", "published", "publishes", "acknowledgment", "acknowledgement", "testimony", "interview", "speech", "post",
            "tweet", "letter", "memo", "words", "message", "concluded", "conclusion", "findings", "data", "figures", "poll", "survey",
            "alleging", "emphasizing", "emphasising", "shot", "pressed", "mocking", "blasting", "touting", "shown", "seen", "clear",
            "sounded", "highlighting", "portraying", "challenging", "defending", "chanting", "endorse", "endorsement",
            "convinced", "confident", "certain", "sure", "doubt", "doubts", "doubted", "suspect", "suspects", "suspected", "assume",
            "assumes", "assumed", "reckon", "reckons", "imagine", "persuaded", "aware", "unaware",
        ]);
        return words;
    }

    /// <summary>What a remark comes in, after "in a": "in an interview with CBC", "in a letter to the minister".</summary>
    public static readonly HashSet<string> ChannelNouns =
    [
        "interview", "letter", "statement", "release", "email", "e-mail", "post", "op-ed", "speech", "memo", "submission", "filing", "video",
        "podcast", "tweet", "message", "column", "essay", "report", "testimony", "appearance", "address", "broadcast", "briefing", "conference",
    ];

    /// <summary>Those who comment on a thing just named ("a decision several doctors say …", "a plan critics say …"): a quantifier
    /// or a plural noun of commenters opens them.</summary>
    public static bool OpensCommenters(string lower) => lower is "some" or "many" or "several" or "most" or "few" || Commenters.Contains(lower);

    static readonly HashSet<string> Commenters = ["critics", "experts", "opponents", "observers", "analysts", "advocates", "residents", "officials", "economists", "supporters"];

    /// <summary>Words skipped between a subject and its cue: "has also said".</summary>
    /// <summary>Verbs of saying, judging or telling whose passive ("was declared", "is considered", "were told") makes its subject what
    /// was said or whom it was said to, never the one who said it (a stance, "is convinced that", is the subject's own).</summary>
    public static readonly HashSet<string> PassiveOfSaying =
    [
        "declared", "announced", "reported", "considered", "thought", "believed", "said", "told", "known", "shown", "seen", "heard", "described",
        "called", "named", "confirmed", "revealed", "mentioned", "posted", "criticized", "criticised", "argued", "asked", "offered", "expected",
        "estimated", "alleged", "accused", "cited", "labelled", "labeled", "dubbed", "deemed", "viewed", "regarded", "praised", "blamed",
        "challenged", "denied", "warned", "advised", "urged", "informed", "notified", "mocked", "rumoured", "rumored", "predicted", "projected",
        "observed", "referred", "stated", "claimed", "questioned", "assured", "promised", "focused", "touted", "billed", "branded",
    ];

    public static readonly HashSet<string> Between =
    [
        "also", "previously", "recently", "later", "once", "repeatedly", "has", "have", "had", "did", "does", "do", "will", "would",
        "could", "may", "might", "reportedly", "publicly", "privately", "then", "further", "again", "not", "never", "already", "just",
        "earlier", "flatly", "firmly", "often", "still", "is", "was", "were", "are", "be", "been", "being", "had", "can", "should",
        "strongly", "clearly", "simply", "only", "even", "all", "both", "frequently", "openly", "quickly",
        "didn't", "didn’t", "don't", "don’t", "doesn't", "doesn’t", "won't", "won’t", "wouldn't", "wouldn’t", "can't", "can’t",
        "couldn't", "couldn’t", "isn't", "isn’t", "wasn't", "wasn’t", "hasn't", "hasn’t", "haven't", "haven’t",
    ];

    /// <summary>Words that end a subject noun phrase when read leftwards.</summary>
    public static readonly HashSet<string> NpStop =
    [
        "that", "and", "but", "or", "because", "while", "when", "if", "as", "although", "though", "since", "after", "before", "so",
        "where", "whom", "whose", "than", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "however", "yet",
        "nor", "until", "unless", "whether", "what", "how", "why", "then", "there", "this", "these", "those", "to", "also",
        "said", "says", "told", "say", "added", "according", "not", "it's", "into", "during",
    ];

    public static readonly HashSet<string> Pronouns = ["he", "she", "they", "we", "i", "it", "you", "who", "which"];

    /// <summary>Head nouns of descriptions that stand for a person: "the Belarusian strongman".</summary>
    /// <summary>People who speak for someone else: "a spokesman for Hillary Clinton" is not Hillary Clinton.</summary>
    public static readonly HashSet<string> Agents =
    [
        "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "lawyer", "attorney", "strategist", "staffer",
        "representative",
    ];

    /// <summary>
    /// Given names that say a person's sex in English-, French- and Spanish-language news, for "he" and "she" only (never
    /// shown): "Reimer met with Mayor Ken Sim. She said …" is not Ken Sim. Names used for both (Jordan, Jean, Andrea, Kim…)
    /// are left out; what the article says (Mr., Mrs., "his wife") comes first.
    /// </summary>
    public static readonly HashSet<string> FemaleNames = new(StringComparer.Ordinal)
    {
        "Bev", "Jen", "Kandis", "Terri", "Rona", "Chandra", "Lindy",
        "Mary", "Maria", "Marie", "Anna", "Ana", "Anne", "Ann", "Elizabeth", "Hillary", "Michelle", "Melania", "Nancy", "Sarah", "Sara",
        "Susan", "Karen", "Linda", "Barbara", "Patricia", "Jennifer", "Jessica", "Laura", "Lisa", "Emily", "Emma", "Olivia", "Sophie",
        "Sophia", "Julie", "Julia", "Catherine", "Katherine", "Kathleen", "Christine", "Christina", "Chrystia", "Melanie", "Rachel",
        "Rebecca", "Amanda", "Nicole", "Stephanie", "Heather", "Helen", "Margaret", "Diane", "Deborah", "Donna", "Carol", "Caroline",
        "Elaine", "Janet", "Joan", "Judy", "Kate", "Katie", "Kristen", "Kirsten", "Lauren", "Megan", "Meaghan", "Meagan", "Monica", "Natalie",
        "Pamela", "Paula", "Rose", "Ruth", "Sandra", "Sharon", "Theresa", "Teresa", "Valerie", "Valérie", "Victoria", "Wendy", "Angela",
        "Angie", "Claire", "Isabelle", "Nathalie", "Sylvie", "Chantal", "Geneviève", "Manon", "Josée", "Marta", "Martha", "Ewa", "Olga",
        "Irina", "Elena", "Tatiana", "Natalia", "Carmen", "Lucia", "Rosa", "Isabel", "Beatriz", "Ivanka", "Kellyanne", "Sheila",
        "Darlene", "Gloria", "Jill", "Jane", "Jenny", "Jacqueline", "Marilyn", "Marianne", "Danielle", "Andrée", "Cindy", "Tina",
        "Elizabeth", "Bonnie", "Theresa", "Patty", "Lana", "Grace", "Ruby", "Rita", "Ellen", "Eva", "Hannah", "Alice", "Amy", "Anita",
        "Beth", "Betty", "Brenda", "Carla", "Cheryl", "Denise", "Dorothy", "Erin", "Evelyn", "Frances", "Gina", "Irene", "Joanne",
        "Joyce", "Judith", "Lori", "Louise", "Lucy", "Lynn", "Maureen", "Nina", "Rosemary", "Sally", "Tammy", "Tracy", "Vera",
        "Virginia", "Yvonne", "Debbie", "Kelli", "Condoleezza", "Madeleine", "Nikki", "Kamala", "Tulsi", "Elise", "Marsha", "Kirstjen",
        // Given names common in Canadian news (English, French, South Asian, Arabic, East Asian, African, Slavic, Latin, Nordic).
        "Crystal", "Amber", "Ashley", "Brittany", "Chelsea", "Courtney", "Kimberly", "Melissa", "Tiffany", "Vanessa", "Veronica",
        "Samantha", "Natasha", "Tanya", "Tamara", "Sonia", "Sonya", "Priya", "Anjali", "Pooja", "Neha", "Sunita",
        "Fatima", "Aisha", "Ayesha", "Amina", "Mariam", "Maryam", "Leila", "Layla", "Yasmin", "Zainab",
        "Hana", "Mei", "Yuki", "Keiko", "Aiko", "Mai", "Linh", "Thuy", "Ngoc", "Francine", "Françoise", "Monique",
        "Josianne", "Mélanie", "Émilie", "Chloé", "Léa", "Brigitte", "Lise", "Lucie", "Annie", "Nadia", "Nadine", "Mireille",
        "Ginette", "Huguette", "Jocelyne", "Colette", "Pauline", "Rachelle", "Gisèle", "Hélène", "Stéphanie", "Karine", "Véronique",
        "Janice", "Joy", "Kathy", "Cathy", "Stacey", "Stacy", "Tara", "Trina", "Leanne", "Leah", "Lea", "Shauna",
        "Colleen", "Kathryn", "Krista", "Kristin", "Kristina", "Christy", "Holly", "Jolene", "Joanna", "Johanna",
        "Marlene", "Marion", "Maxine", "Mildred", "Myrna", "Norma", "Peggy", "Phyllis", "Roberta", "Rhonda",
        "Shelley", "Shelly", "Sherry", "Sheryl", "Stella", "Susanne", "Suzanne", "Sylvia", "Thelma", "Tracey", "Trudy", "Ursula", "Wanda",
        "Wilma", "Zoe", "Zoë", "Abigail", "Ava", "Mia", "Isabella", "Madison", "Charlotte", "Amelia", "Ella", "Scarlett", "Aria",
        "Chloe", "Penelope", "Nora", "Lily", "Hazel", "Violet", "Aurora", "Savannah", "Audrey", "Brooklyn", "Bella", "Paisley",
        "Naomi", "Aaliyah", "Sadie", "Gabriella", "Madelyn", "Alexa", "Ariana", "Maya", "Kaylee", "Allison", "Jasmine", "Faith", "Kylie",
        "Destiny", "Haley", "Hailey", "Katelyn", "Kayla", "Makayla", "Brianna",
        "Alyssa", "Gabrielle", "Jenna", "Jillian", "Kendra", "Kara", "Cara", "Keisha", "Latoya", "Shanice", "Tanisha", "Ebony", "Precious",
        "Chioma", "Ngozi", "Adaeze", "Abena", "Akosua", "Ama", "Efua", "Agnieszka", "Katarzyna", "Małgorzata",
        "Magdalena", "Oksana", "Olena", "Svetlana", "Yulia", "Anastasia", "Ekaterina", "Ludmila", "Galina", "Nataliya", "Iryna", "Halyna",
        "Ines", "Inés", "Lourdes", "Mercedes", "Dolores", "Pilar", "Consuelo", "Esperanza", "Marisol", "Graciela", "Daniela",
        "Gabriela", "Valentina", "Camila", "Fernanda", "Doris", "Edna", "Ethel", "Florence", "Gladys", "Ida", "Irma", "Lillian", "Lorraine",
        "Mabel", "Marjorie", "Opal", "Pearl", "Rosalie", "Vivian", "Viola", "Eileen", "Bernadette", "Deirdre", "Siobhan", "Bridget",
        "Brigid", "Maeve", "Niamh", "Aoife", "Fiona", "Moira", "Morag", "Isla", "Heidi", "Ingrid", "Greta", "Helga", "Astrid", "Sigrid",
        "Annika", "Birgit", "Freya",
        // Given names common in Canadian news copy.
        "Adrienne", "Agnes", "Aileen", "Alana", "Alicia", "Alina", "Alison", "Amal", "Andrea", "Angelina", "Annette", "Antoinette",
        "Arlene", "Barb", "Beatrice", "Becky", "Belinda", "Bernice", "Bethany", "Beverly", "Brooke", "Camille", "Candice", "Carly",
        "Carolyn", "Cassandra", "Cathie", "Cecilia", "Celine", "Charlene", "Clara", "Claudette", "Claudia", "Connie", "Corinne", "Cynthia",
        "Delia", "Diana", "Dina", "Doreen", "Eleanor", "Eloise", "Elsa", "Erica", "Esther", "Felicia", "Gail", "Genevieve", "Gillian",
        "Gisele", "Gwen", "Harriet", "Helena", "Hilary", "Jana", "Jeanne", "Jeannette", "Jocelyn", "Jodie", "Josephine", "Julianne",
        "Juliet", "Justine", "Karina", "Katrina", "Kyra", "Laurie", "Lena", "Leona", "Liz", "Lois", "Lorna", "Lydia", "Lynne", "Mairin",
        "Mandy", "Marcia", "Margo", "Marg", "Marina", "Melinda", "Meredith", "Michele", "Miranda", "Miriam", "Molly", "Muriel", "Noreen",
        "Paige", "Pam", "Priscilla", "Rachael", "Raquel", "Renée", "Robyn", "Roxanne", "Sabrina", "Shawna", "Shirley", "Simone", "Vicki",
        "Deepa", "Bonita", "Darla", "Loretta", "Lucille", "Maggie", "Marlyn", "Myra", "Rosalind", "Shelby", "Kinga", "Marwah", "Aïssatou",
        "Pari", "Mélissa", "Harjeet",
    };

    public static readonly HashSet<string> MaleNames = new(StringComparer.Ordinal)
    {
        "Per", "Henrik", "Jens", "Olav", "Rolf", "Torsten",
        "Earl", "Nello", "Geordie", "Aref",
        "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel",
        "Matthew", "Anthony", "Mark", "Donald", "Steven", "Stephen", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George",
        "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Larry", "Brad",
        "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Frank", "Alexander", "Raymond", "Patrick", "Jack", "Dennis", "Jerry",
        "Tyler", "Aaron", "Henry", "Adam", "Douglas", "Doug", "Nathan", "Peter", "Zachary", "Kyle", "Walter", "Harold", "Jeremy",
        "Ethan", "Carl", "Keith", "Roger", "Gerald", "Christian", "Sean", "Arthur", "Austin", "Noah", "Lawrence", "Jesse",
        "Joe", "Bryan", "Billy", "Bill", "Bob", "Jim", "Jimmy", "Tom", "Tim", "Mike", "Dave", "Dan", "Ken", "Ben", "Ted", "Barack",
        "Mitt", "Mitch", "Marco", "Rand", "Bernie", "Hugh", "Jeb", "Newt", "Rudy", "Reince", "Sean", "Chuck", "Al", "Bernard",
        "Justin", "Stephen", "Pierre", "Jean-Yves", "François", "Jacques", "Michel", "Marc", "Luc", "Yves", "Jagmeet", "Myron",
        "Vladimir", "Sergei", "Dmitry", "Aleksandr", "Alexei", "Viktor", "Volodymyr", "Emmanuel", "Olaf", "Boris", "Xi", "Recep",
        "Benjamin", "Mahmoud", "Shinzo", "Narendra", "Jair", "Andrés", "Luis", "Carlos", "José", "Juan", "Miguel", "Pedro",
        "Rafael", "Jorge", "Diego", "Antonio", "Giuseppe", "Mario", "Hans", "Karl", "Klaus", "Jan", "Piotr", "Tomasz", "Lech",
        "Rick", "Geoff", "Jamaal", "Cody", "Vincent", "Wilfred", "Bob", "Isaac", "Tony", "Trey", "Martin",
        "Leonard", "Howard", "Philip", "Phil", "Roy", "Ralph", "Russell", "Louis", "Wayne", "Eugene", "Bruce", "Alan", "Allen", "Fred",
        "Jay", "Glenn", "Gordon", "Greg", "Jon", "Jeff", "Matt", "Nick", "Steve", "Rob", "Ron", "Colin", "Neil", "Ian", "Graham",
        // Given names common in Canadian news (English, French, South Asian, Arabic, East Asian, African, Slavic, Latin, Nordic).
        "Trevor", "Travis", "Troy", "Todd", "Trent", "Derek", "Darren", "Darryl", "Dwayne", "Wade", "Clint", "Clayton", "Curtis", "Craig",
        "Grant", "Glen", "Brent", "Brett", "Chad", "Corey", "Cory", "Dean", "Dustin", "Garth", "Gord", "Grady",
        "Hank", "Jared", "Jarrod", "Jerome", "Joel", "Johnny", "Kurt", "Lance", "Lorne", "Marcus", "Mitchell", "Murray", "Nathaniel",
        "Norman", "Randy", "Rodney", "Ross", "Shane", "Shawn", "Spencer", "Stuart", "Stewart", "Terrence", "Terry", "Wesley", "Warren",
        "Wyatt", "Zach", "Logan", "Liam", "Lucas", "Mason", "Owen", "Elijah", "Oliver", "Levi", "Sebastian", "Gabriel", "Julian", "Mateo",
        "Leo", "Jayden", "Luke", "Dylan", "Grayson", "Lincoln", "Jaxon", "Asher", "Josiah", "Ezra", "Hudson", "Caleb", "Isaiah", "Adrian",
        "Maverick", "Colton", "Elias", "Eli", "Landon", "Nolan", "Connor", "Santiago", "Jeremiah", "Ezekiel",
        "Roman", "Easton", "Miles", "Jameson", "Greyson", "Cooper", "Carson", "Axel", "Jaxson", "Dominic", "Leonardo", "Luca", "Jace",
        "Ranjit",
        "Rajesh", "Ramesh", "Suresh", "Sanjay", "Vijay", "Ajay", "Anil", "Sunil", "Rahul", "Rohit", "Amit", "Arjun",
        "Vikram", "Ashok", "Deepak", "Manoj", "Ravi", "Raj", "Mohammed", "Muhammad", "Mohamed", "Ahmed", "Ahmad", "Ali", "Omar", "Hassan",
        "Hussein", "Ibrahim", "Mustafa", "Khalid", "Tariq", "Yusuf", "Youssef", "Karim", "Bilal", "Hamza", "Imran", "Faisal", "Farid",
        "Rashid", "Samir", "Walid", "Ziad", "Amir", "Nabil", "Rami", "Hiroshi", "Takeshi", "Kenji", "Tuan", "Duc", "Jean-François",
        "Jean-Marc", "Jean-Pierre", "Jean-Guy", "Jean-Claude", "Jean-Philippe", "Jean-Paul", "Marc-André", "Pierre-Luc", "Mathieu",
        "Maxime", "Guillaume", "Étienne", "Sébastien", "Alexandre", "Nicolas", "Olivier", "Philippe", "Frédéric", "Benoît", "Stéphane",
        "Sylvain", "Yannick", "Gilles", "Gilbert", "Réjean", "Réal", "Gaétan", "Normand", "Denis", "Serge", "Claude", "Gérard", "André",
        "Rémi", "Rémy", "Jérôme", "Hugo", "Félix", "Patrice", "Mathias", "Thierry", "Kwame", "Kofi", "Kwasi", "Chidi",
        "Chukwuemeka", "Emeka", "Obinna", "Tunde", "Segun", "Babajide", "Andriy", "Oleksandr", "Oleksiy", "Mykola", "Taras",
        "Bohdan", "Yuriy", "Vasyl", "Ivan", "Igor", "Oleg", "Pavel", "Nikolai", "Mikhail", "Yevgeny", "Andrzej", "Krzysztof", "Marek",
        "Wojciech", "Stanislav", "Milan", "Zoran", "Goran", "Dragan", "Mehmet", "Emre", "Burak", "Alejandro", "Fernando", "Francisco",
        "Javier", "Ricardo", "Roberto", "Eduardo", "Sergio", "Manuel", "Enrique", "Alberto", "Arturo", "Guillermo", "Raúl", "Ramón",
        "Hector", "Héctor", "Ignacio", "Joaquín", "Gustavo", "Rodrigo", "Mauricio", "Fabio", "Paolo", "Matteo", "Giovanni", "Lorenzo",
        "Alessandro", "Stefano", "Massimo", "Francesco", "Gerhard", "Jürgen", "Helmut", "Wolfgang", "Dieter", "Uwe", "Heinz", "Sven",
        "Lars", "Nils", "Erik", "Anders", "Magnus", "Bjorn", "Björn", "Arne", "Ole", "Pieter", "Willem", "Joost", "Sjoerd", "Declan",
        "Seamus", "Padraig", "Ciaran", "Cillian", "Eoin", "Fergus", "Angus", "Hamish", "Callum", "Alistair", "Fraser", "Duncan", "Malcolm",
        "Gareth", "Rhys", "Owain", "Barry", "Gerry", "Kieran", "Desmond", "Cecil", "Clarence", "Elmer", "Ernest", "Floyd", "Herbert",
        "Herman", "Lloyd", "Melvin", "Milton", "Morris", "Oscar", "Percy", "Reginald", "Rex", "Rufus", "Stanley", "Vernon",
        "Virgil", "Wallace", "Wilbur", "Willis", "Winston", "Abdul", "Reza", "Darius", "Cyrus", "Kamal", "Jamal", "Malik", "Tyrone",
        "Terrell", "Darnell", "Deshawn", "DeShawn", "Jermaine", "Reggie", "Andre", "Maurice", "Cedric", "Marlon", "Tobias", "Jonas",
        "Matthias", "Florian", "Fabian", "Dominik", "Moritz", "Jakob", "Leon", "Everett", "Franklin", "Gideon",
        "Harvey", "Irving", "Jasper", "Lionel",
        // Given names common in Canadian news copy.
        "Alain", "Albert", "Alfred", "Allan", "Alvin", "Andy", "Antoine", "Arnold", "Bobby", "Bradley", "Brendan", "Byron", "Calvin",
        "Charlie", "Clifford", "Conrad", "Dale", "Damian", "Danny", "Darcy", "Derrick", "Duane", "Eddie", "Edgar", "Edwin", "Elliot",
        "Evan", "Felix", "Francis", "Frederick", "Garry", "Gavin", "Geoffrey", "Hamid", "Harjit", "Harry", "Jake", "Jean", "Joey", "Jose",
        "Josh", "Julien", "Kareem", "Kirk", "Laurent", "Leroy", "Lewis", "Marcel", "Marvin", "Mohammad", "Norm", "Pablo", "Pascal", "René",
        "Ricky", "Rod", "Roland", "Seth", "Simon", "Stan", "Stefan", "Tommy", "Willie", "Jasraj", "Sukhwinder", "Natan", "Royce", "Wab",
        "Gurdeep", "Yvan", "Ghislain", "Denys", "Dwight", "Vic", "Rakesh", "Hardeep", "Jaswinder", "Balwinder", "Kulwant", "Sukh",
        "Oluwaseun",
    };

    /// <summary>Given names used for women and men alike ("Alex", "Jamie", "Gurpreet"): a person's name, of no sex a pronoun can use.</summary>
    public static readonly HashSet<string> UnisexNames = new(StringComparer.Ordinal)
    {
        "Marty", "Alex", "Alexis", "Avery", "Bailey", "Blair", "Casey", "Chris", "Dana", "Dani", "Devon", "Drew", "Frankie", "Gurpreet", "Harpreet",
        "Jaime", "Jamie", "Jessie", "Jody", "Kelly", "Kerry", "Kim", "Kiran", "Kris", "Lee", "Leslie", "Lindsay", "Lindsey", "Morgan",
        "Pat", "Quinn", "Reese", "Riley", "Robin", "Rowan", "Sam", "Sasha", "Shannon", "Skyler", "Taylor", "Toni", "Manpreet", "Navdeep",
        "Jaspreet", "Amandeep", "Sandeep", "Simran", "Dwan", "Kai", "Ashton", "Remy", "Sidney",
    };

    /// <summary>Whether a word is a given name of either list or of both sexes.</summary>
    public static bool IsGivenName(string word) => FemaleNames.Contains(word) || MaleNames.Contains(word) || UnisexNames.Contains(word);

    /// <summary>Days of the week: when something was said ("said Monday"), never who.</summary>
    public static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase) { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    public static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>People a remark is told to without an article ("told investigators a dark SUV left"): whom, never the remark. One
    /// pattern for the channel regex (<c>Channels</c>) and the rules' reading of "told" alike.</summary>
    public const string ToldPeoplePattern = "reporters|journalists|investigators|police|officers|detectives|paramedics|firefighters|supporters|delegates|jurors|councillors|lawmakers|legislators|senators|students|employees|staff|members|residents|voters|followers|listeners|viewers|attendees";

    public static readonly HashSet<string> ToldPeople = new(ToldPeoplePattern.Split('|'), StringComparer.Ordinal);

    /// <summary>Whom a remark was told to after "told the" ("told the court her client …"): not part of the remark.</summary>
    public static readonly HashSet<string> Audiences = new(StringComparer.OrdinalIgnoreCase)
    {
        "court", "jury", "judge", "committee", "inquiry", "hearing", "council", "panel", "tribunal", "commission", "crowd", "audience",
        "legislature", "house", "senate", "board", "meeting", "inquest", "assembly", "conference", "rally", "gathering",
    };

    /// <summary>Days named from today ("told reporters yesterday").</summary>
    public static readonly HashSet<string> RelativeDays = new(StringComparer.OrdinalIgnoreCase) { "today", "yesterday", "tonight" };

    /// <summary>Family words: "Jan Nowak's wife said" is his wife speaking, a person.</summary>
    public static readonly HashSet<string> Family =
    [
        "wife", "husband", "mother", "father", "daughter", "son", "sister", "brother", "widow", "widower", "grandmother", "grandfather",
        "aunt", "uncle", "niece", "nephew", "girlfriend", "boyfriend", "fiancée", "fiancé", "partner", "parents", "family",
    ];

    /// <summary>Those who speak for someone ("The family of NAME", "relatives of …", "lawyers for …"): they speak, not NAME.</summary>
    public static readonly HashSet<string> SpeakForOthers = [.. Family, "families", "relatives", "friend", "friends", "lawyer", "lawyers", "supporters", "neighbours", "neighbors"];

    public static readonly HashSet<string> PersonNouns =
    [
        "strongman", "leader", "president", "minister", "official", "spokesman", "spokeswoman", "spokesperson", "senator", "governor",
        "candidate", "nominee", "billionaire", "businessman", "businesswoman", "mogul", "chancellor", "premier", "king", "queen",
        "prince", "dictator", "ruler", "autocrat", "congressman", "congresswoman", "lawmaker", "mayor", "secretary", "chairman",
        "chairwoman", "ceo", "founder", "general", "commander", "diplomat", "ambassador", "envoy", "politician", "democrat",
        "republican", "host", "author", "former", "incumbent", "frontrunner", "front-runner", "challenger", "rival", "ally", "counterpart",
        "spokesperson", "mp", "mla", "mpp", "mna",
    ];

    /// <summary>Words that make a capitalised sequence an organisation or place, not a person.</summary>
    public static readonly HashSet<string> NotPerson =
    [
        "Institute", "Study", "Show", "Survey", "Census", "War", "Local", "Unifor", "Teamsters", "University", "Ministry", "Agency", "News", "Service", "Times", "Party", "Council", "Union",
        "States", "Kingdom", "Republic", "Department", "Committee", "Group", "Company", "Corp", "Inc", "Bank", "Fund", "Organization",
        "Association", "Post", "Street", "House", "Senate", "Congress", "Court", "Army", "Forces", "Federation", "City", "County",
        "North", "South", "East", "West", "New", "United", .. Weekdays, .. Months,
        "Journal", "Press", "Network", "Foundation", "Center", "Centre", "Office", "Commission", "Authority", "Board", "Bureau",
        "Campaign", "Airport", "Square", "Hall", "Church", "School", "College", "Hospital", "Police", "Guard", "Navy", "Air",
        "Force", "Command", "Staff", "Security", "Intelligence", "Defence", "Defense", "State", "Nations", "European", "Russian",
        "Ukrainian", "American", "British", "Belarusian", "Chinese", "Democratic", "Republican", "Kremlin", "Twitter", "Facebook",
        // Organisations' words ("Canadian Alliance of Student Associations", "Colleges Ontario", "Statistics Canada", "Heiltsuk Nation").
        "Alliance", "Coalition", "Society", "Associations", "Unions", "Colleges", "Universities", "Chamber", "Commerce", "Institution",
        "Trust", "Holdings", "Companies", "Industries", "Technologies", "Systems", "Media", "Ferries", "Transit", "Railway", "Radio", "Television", "League", "Club", "Assembly",
        "Parliament", "Legislature", "Government", "Ministry", "Municipality", "Township", "Region", "District", "Borough", "Division", "Detachment", "Nation", "Nations", "Statistics",
        "Transport", "Hydro", "Canada", "Ontario", "Quebec", "Québec", "Alberta", "Manitoba", "Saskatchewan", "Scotia", "Brunswick",
        "Columbia", "Newfoundland", "Labrador", "Yukon", "Nunavut", "Territories", "Island", "Islands", "Line",
        // Companies' words ("Peabody Energy", "Patriot Coal", "Russia Today", "Desjardins Securities").
        "Energy", "Coal", "Oil", "Gas", "Motors", "Airlines", "Airways", "Capital", "Partners", "Resources", "Pharmaceuticals", "Foods",
        "Mining", "Today", "Entertainment", "Communications", "Telecom", "Solutions", "Services", "Insurance", "Financial", "Securities",
        "Investments", "Laboratories", "Enterprises", "Ventures", "Corporation", "Limited", "Ltd", "Deer",
        // Days the calendar names ("Election Day", "Boxing Day", "Remembrance Day"), nobody's name.
        "Election", "Boxing", "Remembrance", "Thanksgiving", "Christmas", "Easter", "Halloween",
        // Cities no one has for a surname ("Bike Edmonton executive director …", "Metro Vancouver"), programmes' words ("CBC's The
        // Early Edition", "The Current").
        "Toronto", "Montreal", "Montréal", "Vancouver", "Calgary", "Edmonton", "Ottawa", "Winnipeg", "Halifax", "Saskatoon", "Mississauga",
        "Brampton", "Gatineau", "Kelowna", "Fredericton", "Charlottetown", "Iqaluit", "Yellowknife", "Whitehorse", "Canadian", "Metro",
        "Transit", "Edition", "Podcast", "Magazine", "Programme", "Prize", "Award", "Awards", "Medal", "Trophy", "Cup",
        "Minerals", "Metals", "Petroleum", "Properties", "Realty", "Developments", "Logistics", "Networks", "Brands", "Therapeutics",
        "Cape", "Fort", "Port", "Mount", "Pointe", "Soccer", "Hockey", "Basketball", "Baseball", "Football", "Rugby", "Curling", "Athletics",
        "Cycling", "Rowing", "Swimming", "Gymnastics", "Tennis", "Golf", "Lacrosse", "Skiing",
        // Health bodies ("Hamilton Health Sciences", "Shared Health", "Alberta Medical Association").
        "Health", "Healthcare", "Sciences", "Science", "Medical", "Clinic",
        // Streets no one is named for ("Lasalle Boulevard", "Portage Avenue").
        "Boulevard", "Avenue", "Highway", "Crescent", "Parkway", "Expressway", "Freeway", "Road", "Drive",
        "Lotto", "Lottery", "Electric", "Universe", "Dynamics", "Homes", "Builders", "Construction", "Residences", "Architects", "Engineers", "Consultants", "Associates",
        // Offices no one is named for ("the U.S. Trade Representative").
        "Trade",
    ];
}
