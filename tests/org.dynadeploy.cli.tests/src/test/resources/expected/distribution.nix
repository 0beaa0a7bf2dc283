{infrastructure}:

{
  rooms = [
    infrastructure.test1
    infrastructure.test2
  ];
  roomsdb = {
    targets = [
      { target = infrastructure.test1; container = "mysql-database"; }
    ];
  };
  staff = [ ];
  web = [
    infrastructure.test1
  ];
  zipcodes = [
    infrastructure.test2
  ];
}
