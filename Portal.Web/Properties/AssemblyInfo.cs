[assembly: System.Resources.NeutralResourcesLanguage("ja")]
